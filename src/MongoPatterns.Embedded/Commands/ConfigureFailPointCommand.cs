using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// <c>configureFailPoint</c> (a test command, admin only): configures the <c>failCommand</c> fail point, or the
/// <c>onPrimaryTransactionalWrite</c> fail point of retryable writes.
/// </summary>
internal sealed class ConfigureFailPointCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["configureFailPoint"];

    /// <inheritdoc />
    public override bool AdminOnly => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CommandValue is not BsonString { Value: var name })
        {
            throw CommandArguments.WrongType("configureFailPoint", "configureFailPoint", context.CommandValue, "'string'");
        }

        if (name is not ("failCommand" or "onPrimaryTransactionalWrite"))
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Cannot find failpoint: {name}");
        }

        CommandArguments.Require(context.Command, "configureFailPoint", "mode", out var mode);
        var data = CommandArguments.GetDocument(context.Command, "configureFailPoint", "data");
        var count = name == "failCommand"
            ? context.Services.FailCommand.Configure(mode, data)
            : context.Services.TransactionalWriteFailPoint.Configure(mode, data);
        return Replies.Ok(new BsonDocument("count", count));
    }
}
