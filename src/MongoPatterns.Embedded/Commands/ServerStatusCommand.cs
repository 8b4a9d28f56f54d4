using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>serverStatus</c>: a basic status (host, version, uptime, connections).</summary>
internal sealed class ServerStatusCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["serverStatus"];

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        var now = services.TimeProvider.GetUtcNow();
        var uptime = now - services.StartTime;
        var snapshot = services.Storage.Current;
        var documents = snapshot.Databases.Values.SelectMany(d => d.Collections.Values).Sum(c => (long)c.Count);
        return Replies.Ok(new BsonDocument
        {
            { "host", Environment.MachineName },
            { "version", ServerIdentity.Version },
            { "process", "mongod" },
            { "pid", (long)Environment.ProcessId },
            { "uptime", Math.Floor(uptime.TotalSeconds) },
            { "uptimeMillis", (long)uptime.TotalMilliseconds },
            { "uptimeEstimate", (long)uptime.TotalSeconds },
            { "localTime", new BsonDateTime(now) },
            {
                "connections", new BsonDocument
                {
                    { "current", (int)services.CurrentConnections },
                    { "available", 1_000_000 - (int)services.CurrentConnections },
                    { "totalCreated", (int)services.TotalConnections },
                    { "active", (int)services.CurrentConnections },
                }
            },
            { "storageEngine", new BsonDocument { { "name", "ephemeralForTest" }, { "supportsCommittedReads", false }, { "persistent", false } } },
            { "transactions", new BsonDocument("currentActive", (long)services.Transactions.ActiveTransactionCount) },
            { "metrics", new BsonDocument { { "cursor", new BsonDocument("open", new BsonDocument("total", (long)services.Cursors.Count)) }, { "document", new BsonDocument("stored", documents) } } },
        });
    }
}
