using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>dropIndexes</c>: by name, key pattern, list of names, or <c>"*"</c> (every index but <c>_id_</c>).</summary>
internal sealed class DropIndexesCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["dropIndexes", "deleteIndexes"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = CommandArguments.CollectionName(context);
        CommandArguments.Require(context.Command, context.CommandName, "index", out var target);
        var reply = new BsonDocument();
        context.Services.Storage.Write(writer =>
        {
            var collection = writer.GetCollection(context.Database, name)
                ?? throw new MongoServerException(ErrorCodes.NamespaceNotFound, $"ns not found {context.Database}.{name}");
            reply.Add("nIndexesWas", collection.Indexes.Count);
            foreach (var indexName in Resolve(collection, target, reply))
            {
                collection = collection.DropIndex(indexName);
            }

            writer.SetCollection(collection);
            return 0;
        });
        return Replies.Ok(reply);
    }

    private static List<string> Resolve(CollectionState collection, BsonValue target, BsonDocument reply)
    {
        switch (target)
        {
            case BsonString { Value: "*" }:
                reply.Add("msg", "non-_id indexes dropped for collection");
                return collection.Indexes.Where(i => !i.Definition.IsIdIndex).Select(i => i.Definition.Name).ToList();
            case BsonString { Value: var name }:
                return [CheckName(collection, name)];
            case BsonArray names:
                return names.Select(n => n is BsonString s ? CheckName(collection, s.Value) : throw CommandArguments.WrongType("dropIndexes", "index", n, "'string'")).ToList();
            case BsonDocument key:
                var index = collection.Indexes.FirstOrDefault(i => i.Definition.KeyMatches(key))
                    ?? throw new MongoServerException(ErrorCodes.IndexNotFound, $"can't find index with key: {FormatShell(key)}");
                if (index.Definition.IsIdIndex)
                {
                    throw new MongoServerException(ErrorCodes.InvalidOptions, "cannot drop _id index");
                }

                return [index.Definition.Name];
            default:
                throw CommandArguments.WrongType("dropIndexes", "index", target, "'[string, object, array]'", plural: true);
        }
    }

    private static string CheckName(CollectionState collection, string name)
    {
        if (name == IndexDefinition.IdIndexName)
        {
            throw new MongoServerException(ErrorCodes.InvalidOptions, "cannot drop _id index");
        }

        return collection.FindIndex(name) is null
            ? throw new MongoServerException(ErrorCodes.IndexNotFound, $"index not found with name [{name}]")
            : name;
    }

    private static string FormatShell(BsonValue value)
    {
        var builder = new System.Text.StringBuilder();
        DuplicateKeyErrors.AppendShell(builder, value);
        return builder.ToString();
    }
}
