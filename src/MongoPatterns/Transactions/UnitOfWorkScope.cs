using System.Diagnostics;

namespace MongoPatterns.Transactions;

/// <summary>An explicit transaction: commit, or dispose to abort; disposing also restores the previous ambient context.</summary>
internal sealed class UnitOfWorkScope(TransactionContext context, TransactionContext? previous, Activity? activity) : IUnitOfWorkScope
{
    private bool _committed;
    private bool _disposed;

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("The unit of work was already committed.");
        }

        await context.Session!.CommitTransactionAsync(cancellationToken).ConfigureAwait(false);
        _committed = true;
        TransactionTelemetry.RecordCommit();
        await context.FlushNotificationsAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return ValueTask.CompletedTask;
        }

        _disposed = true;

        // Synchronously, so that the restored ambient context flows back to the caller.
        if (ReferenceEquals(TransactionContext.Current, context))
        {
            TransactionContext.Current = previous;
        }

        return EndAsync();
    }

    private async ValueTask EndAsync()
    {
        var session = context.Session!;
        try
        {
            if (!_committed)
            {
                context.DiscardNotifications();
                TransactionTelemetry.RecordAbort();
                activity?.SetStatus(ActivityStatusCode.Error, "aborted");
                if (session.IsInTransaction)
                {
                    await session.AbortTransactionAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await session.DisposeAsync().ConfigureAwait(false);
            activity?.Dispose();
        }
    }
}
