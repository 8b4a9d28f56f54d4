using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>createIndexes</c>: builds indexes (all or none), with MongoDB's conflict rules.</summary>
internal sealed class CreateIndexesCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["createIndexes"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = CommandArguments.CollectionName(context);
        var specs = CommandArguments.GetArray(context.Command, "createIndexes", "indexes")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'createIndexes.indexes' is missing but a required field");
        if (specs.Count == 0)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "Must specify at least one index to create");
        }

        var definitions = specs.Select(spec => spec is BsonDocument document
            ? IndexDefinition.Parse(document)
            : throw CommandArguments.WrongType("createIndexes", "indexes", spec, "'object'")).ToList();
        NamespaceRules.ValidateWritableCollection(context.Database, name);
        var (before, after, created) = context.Write(writer =>
        {
            var collection = writer.GetOrCreateCollection(context.Database, name, out var createdCollection);
            var countBefore = collection.Indexes.Count;
            foreach (var definition in definitions)
            {
                if (NeedsBuild(collection, definition))
                {
                    collection = collection.AddIndex(definition);
                }
            }

            writer.SetCollection(collection);
            return (countBefore, collection.Indexes.Count, createdCollection);
        });

        var reply = new BsonDocument { { "numIndexesBefore", before }, { "numIndexesAfter", after } };
        if (before == after && !created)
        {
            reply.Add("note", "all indexes already exist");
        }
        else
        {
            reply.Add("createdCollectionAutomatically", created);
        }

        return Replies.Ok(reply);
    }

    private static bool NeedsBuild(CollectionState collection, IndexDefinition requested)
    {
        var byName = collection.FindIndex(requested.Name);
        if (byName is not null)
        {
            var existing = byName.Definition;
            if (!existing.HasSameKey(requested))
            {
                throw new MongoServerException(
                    ErrorCodes.IndexKeySpecsConflict,
                    $"An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: {requested.Spec}, existing index: {existing.Spec}");
            }

            if (existing.IsEquivalentTo(requested) || (existing.IsIdIndex && requested.IsIdIndex))
            {
                return false;
            }

            throw new MongoServerException(
                ErrorCodes.IndexOptionsConflict,
                $"An equivalent index already exists with the same name but different options. Requested index: {requested.Spec}, existing index: {existing.Spec}");
        }

        foreach (var index in collection.Indexes)
        {
            var existing = index.Definition;
            if (!existing.HasSameKey(requested))
            {
                continue;
            }

            var samePartial = BsonValueComparer.Instance.Equals(
                existing.Spec.GetValue("partialFilterExpression", BsonNull.Value),
                requested.Spec.GetValue("partialFilterExpression", BsonNull.Value));
            var sameCollation = BsonValueComparer.Instance.Equals(
                existing.Spec.GetValue("collation", BsonNull.Value),
                requested.Spec.GetValue("collation", BsonNull.Value));
            if (samePartial && sameCollation)
            {
                throw new MongoServerException(ErrorCodes.IndexOptionsConflict, $"Index already exists with a different name: {existing.Name}");
            }
        }

        return true;
    }
}
