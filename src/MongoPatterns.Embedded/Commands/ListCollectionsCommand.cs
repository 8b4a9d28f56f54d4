using MongoPatterns.Bson;
using MongoPatterns.Embedded.Cursors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>listCollections</c>: collection descriptions as a cursor; filter, nameOnly, authorizedCollections.</summary>
internal sealed class ListCollectionsCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["listCollections"];

    /// <summary>Describes a collection as listCollections reports it.</summary>
    /// <param name="collection">The collection.</param>
    /// <returns>The description.</returns>
    public static BsonDocument Describe(CollectionState collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return new BsonDocument
        {
            { "name", collection.Name },
            { "type", "collection" },
            { "options", collection.Options },
            { "info", new BsonDocument { { "readOnly", false }, { "uuid", new BsonBinaryData(collection.Uuid) } } },
            { "idIndex", IndexDefinition.IdIndex.Spec },
        };
    }

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        NamespaceRules.ValidateDatabase(context.Database);
        var filterDocument = CommandArguments.GetDocument(command, "listCollections", "filter");
        var filter = filterDocument is null ? null : QueryFilter.Parse(filterDocument);
        var nameOnly = CommandArguments.GetBoolean(command, "listCollections", "nameOnly");
        var cursorOptions = CommandArguments.GetDocument(command, "listCollections", "cursor");
        var batchSize = cursorOptions is null ? null : CommandArguments.GetNonNegative(cursorOptions, "listCollections.cursor", "batchSize");
        var snapshot = context.Services.Storage.Current;
        var results = new List<CursorItem>();
        if (snapshot.Databases.TryGetValue(context.Database, out var database))
        {
            foreach (var collection in database.Collections.Values)
            {
                var full = Describe(collection);
                if (filter is not null && !filter.Matches(full))
                {
                    continue;
                }

                results.Add(CursorItem.FromDocument(nameOnly ? new BsonDocument { { "name", collection.Name }, { "type", "collection" } } : full));
            }
        }

        return FindCommand.FirstBatch(context, "$cmd.listCollections", results, batchSize ?? int.MaxValue, singleBatch: false);
    }
}
