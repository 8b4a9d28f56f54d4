using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// Small administrative commands answered the way a standalone answers them: currentOp, killOp, getDefaultRWConcern,
/// setParameter (transactionLifetimeLimitSeconds is applied), fsync, replSetGetStatus (the single primary member in
/// replica set mode), listCommands, getLastError (removed in 5.1).
/// </summary>
internal sealed class MiscellaneousCommands : CommandHandler
{
    private static readonly HashSet<string> AdminOnlyNames = new(StringComparer.Ordinal)
    {
        "currentOp", "killOp", "getDefaultRWConcern", "setDefaultRWConcern", "setParameter", "fsync", "fsyncUnlock", "replSetGetStatus", "setFeatureCompatibilityVersion", "lockInfo", "top",
    };

    private readonly Func<IEnumerable<string>> _commandNames;

    /// <summary>Creates the handler.</summary>
    /// <param name="commandNames">Every registered command name (for listCommands).</param>
    public MiscellaneousCommands(Func<IEnumerable<string>> commandNames) => _commandNames = commandNames;

    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } =
        ["currentOp", "killOp", "getDefaultRWConcern", "setDefaultRWConcern", "setParameter", "fsync", "fsyncUnlock", "replSetGetStatus", "listCommands", "setFeatureCompatibilityVersion", "getFreeMonitoringStatus", "lockInfo", "validate", "compact", "reIndex", "getShardMap", "top"];

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AdminOnlyNames.Contains(context.CommandName) && context.Database != "admin")
        {
            throw new MongoServerException(ErrorCodes.Unauthorized, $"{context.CommandName} may only be run against the admin database.");
        }

        switch (context.CommandName)
        {
            case "currentOp":
                return Replies.Ok(new BsonDocument("inprog", new BsonArray()));
            case "killOp":
                return Replies.Ok(new BsonDocument("info", "attempting to kill op"));
            case "getDefaultRWConcern" or "setDefaultRWConcern":
                return Replies.Ok(new BsonDocument
                {
                    { "defaultReadConcern", new BsonDocument("level", "local") },
                    { "defaultWriteConcern", new BsonDocument { { "w", 1 }, { "wtimeout", 0 } } },
                    { "defaultReadConcernSource", "implicit" },
                    { "defaultWriteConcernSource", "implicit" },
                });
            case "setParameter" when context.Command.GetValue("transactionLifetimeLimitSeconds", null) is { IsNumeric: true } seconds:
                if (seconds.ToDouble() < 1)
                {
                    throw new MongoServerException(ErrorCodes.BadValue, $"Invalid value for parameter transactionLifetimeLimitSeconds: {seconds} is not greater than or equal to 1");
                }

                var previous = context.Services.Transactions.LifetimeLimit;
                context.Services.Transactions.LifetimeLimit = TimeSpan.FromSeconds(seconds.ToInt64());
                return Replies.Ok(new BsonDocument("was", (int)previous.TotalSeconds));
            case "setParameter":
                return Replies.Ok(new BsonDocument("was", BsonNull.Value));
            case "fsync":
                return Replies.Ok(new BsonDocument("numFiles", 1));
            case "fsyncUnlock":
                return Replies.Ok(new BsonDocument { { "info", "fsyncUnlock completed" }, { "lockCount", 0L } });
            case "replSetGetStatus" when context.Services.ReplicaSet is { } replicaSet:
                return Replies.Ok(replicaSet.Status(
                    context.Services.AdvertisedHostAndPort, context.Services.ClusterTime, context.Services.TimeProvider.GetUtcNow(), context.Services.StartTime));
            case "replSetGetStatus":
                throw new MongoServerException(ErrorCodes.NoReplicationEnabled, "not running with --replSet");
            case "listCommands":
                var commands = new BsonDocument();
                foreach (var name in _commandNames().Order(StringComparer.Ordinal))
                {
                    commands.Add(name, new BsonDocument { { "help", string.Empty }, { "requiresAuth", true }, { "secondaryOk", true }, { "adminOnly", false } });
                }

                return Replies.Ok(new BsonDocument("commands", commands));
            case "getFreeMonitoringStatus":
                return Replies.Ok(new BsonDocument("state", "disabled"));
            case "lockInfo":
                return Replies.Ok(new BsonDocument("lockInfo", new BsonArray()));
            case "top":
                return Replies.Ok(new BsonDocument("totals", new BsonDocument("note", "all times in microseconds")));
            case "validate":
                var name2 = CommandArguments.CollectionName(context);
                var collection = context.Services.Storage.Current.FindCollection(context.Database, name2)
                    ?? throw new MongoServerException(ErrorCodes.NamespaceNotFound, $"Collection '{context.Database}.{name2}' does not exist to validate.");
                return Replies.Ok(new BsonDocument
                {
                    { "ns", collection.Namespace },
                    { "nInvalidDocuments", 0 },
                    { "nNonCompliantDocuments", 0 },
                    { "nrecords", collection.Count },
                    { "nIndexes", collection.Indexes.Count },
                    { "valid", true },
                    { "repaired", false },
                    { "warnings", new BsonArray() },
                    { "errors", new BsonArray() },
                });
            default:
                return Replies.Ok();
        }
    }
}
