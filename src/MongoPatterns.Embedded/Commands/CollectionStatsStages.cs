using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// The storage-backed pipeline sources <c>$collStats</c> and <c>$indexStats</c>: when one of them is the first stage of
/// an aggregate, the server produces its documents from the catalog and the rest of the pipeline runs over them.
/// </summary>
internal static class CollectionStatsStages
{
    /// <summary>Produces the documents of a first <c>$currentOp</c> or <c>$listLocalSessions</c> stage of <c>aggregate: 1</c>.</summary>
    /// <param name="context">The command.</param>
    /// <param name="stage">The first stage.</param>
    /// <param name="documents">The stage's output.</param>
    /// <returns>True when the stage is one of them.</returns>
    /// <exception cref="MongoServerException">The stage runs on the wrong database.</exception>
    public static bool TryProduceDatabaseSource(CommandContext context, BsonDocument stage, out List<BsonDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stage);
        documents = [];
        switch (stage.GetElement(0).Name)
        {
            case "$currentOp":
                if (context.Database != "admin")
                {
                    throw new MongoServerException(ErrorCodes.InvalidNamespace, "$currentOp must be run against the 'admin' database with {aggregate: 1}");
                }

                var connection = context.Connection;
                var operation = new BsonDocument
                {
                    { "type", "op" },
                    { "host", context.Services.HostAndPort },
                    { "desc", "conn" + connection.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    { "connectionId", (int)connection.Id },
                    { "client", connection.RemoteAddress },
                    { "active", true },
                    { "currentOpTime", context.Services.TimeProvider.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture) },
                    { "opid", (int)connection.Id },
                    { "secs_running", 0L },
                    { "microsecs_running", 0L },
                    { "op", "command" },
                    { "ns", "admin.$cmd.aggregate" },
                    { "command", context.Command },
                    { "numYields", 0 },
                    { "waitingForLock", false },
                };
                if (connection.ClientMetadata is { } metadata)
                {
                    operation.Add("clientMetadata", metadata);
                }

                documents.Add(operation);
                return true;
            case "$listLocalSessions":
                documents.AddRange(context.Services.Sessions.Describe());
                return true;
            default:
                return false;
        }
    }

    /// <summary>Produces the documents of a first <c>$collStats</c> or <c>$indexStats</c> stage.</summary>
    /// <param name="context">The command.</param>
    /// <param name="collectionName">The aggregated collection.</param>
    /// <param name="stage">The first stage.</param>
    /// <param name="documents">The stage's output.</param>
    /// <returns>True when the stage is one of them.</returns>
    /// <exception cref="MongoServerException">The stage is invalid or needs a missing collection.</exception>
    public static bool TryProduce(CommandContext context, string collectionName, BsonDocument stage, out List<BsonDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stage);
        documents = [];
        var element = stage.GetElement(0);
        var collection = context.Services.Storage.Current.FindCollection(context.Database, collectionName);
        switch (element.Name)
        {
            case "$collStats":
                if (element.Value is not BsonDocument options)
                {
                    throw new MongoServerException(5447000, "$collStats must take a nested object but found: " + element.Value);
                }

                documents.Add(CollStats(context, collectionName, collection, options));
                return true;
            case "$indexStats":
                if (collection is not null)
                {
                    foreach (var index in collection.Indexes)
                    {
                        documents.Add(new BsonDocument
                        {
                            { "name", index.Definition.Name },
                            { "key", index.Definition.Key },
                            { "host", context.Services.HostAndPort },
                            { "accesses", new BsonDocument { { "ops", 0L }, { "since", new BsonDateTime(context.Services.StartTime) } } },
                            { "spec", index.Definition.Spec },
                        });
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static BsonDocument CollStats(CommandContext context, string name, CollectionState? collection, BsonDocument options)
    {
        var ns = context.Database + "." + name;
        var result = new BsonDocument
        {
            { "ns", ns },
            { "host", context.Services.HostAndPort },
            { "localTime", new BsonDateTime(context.Services.TimeProvider.GetUtcNow()) },
        };
        foreach (var option in options)
        {
            switch (option.Name)
            {
                case "latencyStats":
                    var empty = new BsonDocument { { "latency", 0L }, { "ops", 0L } };
                    result.Add("latencyStats", new BsonDocument { { "reads", empty }, { "writes", empty }, { "commands", empty }, { "transactions", empty } });
                    break;
                case "storageStats":
                    if (collection is null)
                    {
                        throw new MongoServerException(ErrorCodes.NamespaceNotFound, $"Unable to retrieve storageStats in $collStats stage :: caused by :: Collection [{ns}] not found.");
                    }

                    var scale = option.Value is BsonDocument storage && storage.GetValue("scale", null) is { IsNumeric: true } s && s.ToInt64() > 0 ? s.ToInt64() : 1;
                    result.Add("storageStats", StorageStats(collection, scale));
                    break;
                case "count":
                    if (collection is null)
                    {
                        throw new MongoServerException(ErrorCodes.NamespaceNotFound, $"Unable to retrieve count in $collStats stage :: caused by :: Collection [{ns}] not found.");
                    }

                    result.Add("count", collection.Count);
                    break;
                case "queryExecStats":
                    result.Add("queryExecStats", new BsonDocument("collectionScans", new BsonDocument { { "total", 0L }, { "nonTailable", 0L } }));
                    break;
                default:
                    throw new MongoServerException(ErrorCodes.IDLUnknownField, $"BSON field '$collStats.{option.Name}' is an unknown field.");
            }
        }

        return result;
    }

    private static BsonDocument StorageStats(CollectionState collection, long scale)
    {
        var indexSizes = new BsonDocument();
        long totalIndexSize = 0;
        foreach (var index in collection.Indexes)
        {
            var size = StatsCommands.IndexSize(index);
            totalIndexSize += size;
            indexSizes.Add(index.Definition.Name, size / scale);
        }

        return new BsonDocument
        {
            { "size", collection.DataSize / scale },
            { "count", collection.Count },
            { "avgObjSize", collection.Count == 0 ? 0 : collection.DataSize / collection.Count },
            { "numOrphanDocs", 0 },
            { "storageSize", collection.DataSize / scale },
            { "freeStorageSize", 0 },
            { "capped", collection.IsCapped },
            { "nindexes", collection.Indexes.Count },
            { "indexBuilds", new BsonArray() },
            { "totalIndexSize", totalIndexSize / scale },
            { "totalSize", (collection.DataSize + totalIndexSize) / scale },
            { "indexSizes", indexSizes },
            { "scaleFactor", scale },
        };
    }
}
