using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// <c>commitTransaction</c> and <c>abortTransaction</c> (admin database, with <c>lsid</c>, <c>txnNumber</c> and
/// <c>autocommit: false</c>). Committing a committed transaction again succeeds, so that drivers can retry a commit
/// whose reply was lost.
/// </summary>
internal sealed class TransactionCommands : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["commitTransaction", "abortTransaction"];

    /// <inheritdoc />
    public override bool AdminOnly => true;

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var transaction = context.Transaction
            ?? throw new MongoServerException(ErrorCodes.InvalidOptions, $"{context.CommandName} must be run within a transaction");
        if (context.CommandName == "commitTransaction")
        {
            context.Services.Transactions.Commit(transaction);
        }
        else
        {
            context.Services.Transactions.Abort(transaction, "abortTransaction");
        }

        return Replies.Ok();
    }
}
