using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>dbStats</c> and <c>collStats</c>: sizes and counts computed from the stored documents and indexes.</summary>
internal sealed class StatsCommands : CommandHandler
{
    private const long IndexEntrySize = 32;

    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["dbStats", "dbstats", "collStats", "collstats"];

    /// <summary>Estimates an index's size in bytes.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The size.</returns>
    public static long IndexSize(IndexState index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return 4096 + (index.Entries.Count * IndexEntrySize);
    }

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scale = Math.Max(1, CommandArguments.GetInt64(context.Command, context.CommandName, "scale") ?? 1);
        return context.CommandName.StartsWith("db", StringComparison.Ordinal) ? DbStats(context, scale) : CollStats(context, scale);
    }

    private static DocumentReply DbStats(CommandContext context, long scale)
    {
        NamespaceRules.ValidateDatabase(context.Database);
        var collections = context.Services.Storage.Current.Databases.TryGetValue(context.Database, out var db)
            ? db.Collections.Values.ToList()
            : [];
        var objects = collections.Sum(c => (long)c.Count);
        var dataSize = collections.Sum(c => c.DataSize);
        var indexes = collections.Sum(c => c.Indexes.Count);
        var indexSize = collections.Sum(c => c.Indexes.Sum(IndexSize));
        return Replies.Ok(new BsonDocument
        {
            { "db", context.Database },
            { "collections", collections.Count },
            { "views", 0 },
            { "objects", objects },
            { "avgObjSize", objects == 0 ? 0.0 : (double)dataSize / objects },
            { "dataSize", (double)dataSize / scale },
            { "storageSize", (double)dataSize / scale },
            { "indexes", indexes },
            { "indexSize", (double)indexSize / scale },
            { "totalSize", (double)(dataSize + indexSize) / scale },
            { "scaleFactor", scale },
            { "fsUsedSize", 0.0 },
            { "fsTotalSize", 0.0 },
        });
    }

    private static DocumentReply CollStats(CommandContext context, long scale)
    {
        var name = CommandArguments.CollectionName(context);
        var collection = context.Services.Storage.Current.FindCollection(context.Database, name)
            ?? throw new MongoServerException(ErrorCodes.NamespaceNotFound, $"Collection [{context.Database}.{name}] not found.");
        var indexSizes = new BsonDocument();
        long totalIndexSize = 0;
        foreach (var index in collection.Indexes)
        {
            var size = IndexSize(index);
            totalIndexSize += size;
            indexSizes.Add(index.Definition.Name, size / scale);
        }

        var reply = new BsonDocument
        {
            { "ns", collection.Namespace },
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
        if (collection.IsCapped)
        {
            reply.Add("max", collection.Options.GetValue("max", 0)!);
            reply.Add("maxSize", collection.Options.GetValue("size", 0)!);
        }

        return Replies.Ok(reply);
    }
}
