using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>getLog</c>: the in-memory logs (always empty: the server logs through ILogger).</summary>
internal sealed class GetLogCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["getLog"];

    /// <inheritdoc />
    public override bool AdminOnly => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CommandValue is not BsonString { Value: var name })
        {
            throw new MongoServerException(ErrorCodes.TypeMismatch, "Argument to getLog must be of type String; found " + context.CommandValue.ToString());
        }

        return name switch
        {
            "*" => Replies.Ok(new BsonDocument("names", new BsonArray { "global", "startupWarnings" })),
            "global" or "startupWarnings" => Replies.Ok(new BsonDocument { { "totalLinesWritten", 0 }, { "log", new BsonArray() } }),
            _ => throw new MongoServerException(ErrorCodes.InvalidOptions, "No log named '" + name + "'"),
        };
    }
}
