using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>getParameter</c>: a small set of server parameters (featureCompatibilityVersion and friends).</summary>
internal sealed class GetParameterCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["getParameter"];

    /// <inheritdoc />
    public override bool AdminOnly => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = new BsonDocument
        {
            { "featureCompatibilityVersion", new BsonDocument("version", "7.0") },
            { "authenticationMechanisms", new BsonArray { "SCRAM-SHA-1", "SCRAM-SHA-256" } },
            { "maxBSONDepth", 200 },
            { "internalQueryMaxBlockingSortMemoryUsageBytes", 104857600 },
            { "cursorTimeoutMillis", (long)context.Services.Options.CursorTimeout.TotalMilliseconds },
            { "ttlMonitorSleepSecs", (int)Math.Max(1, context.Services.Options.TtlMonitorInterval.TotalSeconds) },
            { "ttlMonitorEnabled", true },
            { "transactionLifetimeLimitSeconds", (int)Math.Max(1, context.Services.Transactions.LifetimeLimit.TotalSeconds) },
            { "requireApiVersion", false },
            { "logLevel", 0 },
            { "quiet", false },
            { "enableTestCommands", true },
        };
        var showDetails = context.CommandValue is BsonDocument options && options.TryGetValue("showDetails", out var sd) && sd.ToBoolean();
        var all = context.CommandValue is BsonString { Value: "*" } || (context.CommandValue is BsonDocument allOptions && allOptions.TryGetValue("allParameters", out var ap) && ap.ToBoolean());
        var reply = new BsonDocument();
        foreach (var element in parameters)
        {
            if (all || context.Command.Contains(element.Name))
            {
                reply.Add(element.Name, showDetails
                    ? new BsonDocument { { "value", element.Value }, { "settableAtRuntime", true }, { "settableAtStartup", true } }
                    : element.Value);
            }
        }

        if (reply.ElementCount == 0)
        {
            throw new MongoServerException(ErrorCodes.InvalidOptions, "no option found to get");
        }

        return Replies.Ok(reply);
    }
}
