using System.Diagnostics;
using MongoPatterns.Configuration;
using MongoPatterns.Databases;
using MongoPatterns.Diagnostics;
using MongoPatterns.Driver;

namespace MongoPatterns.Transactions;

/// <summary>Runs transactions on the client of the default database, with the session made ambient through <see cref="TransactionContext"/>.</summary>
internal sealed class TransactionRunner(IMongoDatabaseProvider databases) : ITransactionRunner, IUnitOfWork
{
    public Task RunAsync(Func<CancellationToken, Task> callback, TransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return RunAsync(
            async token =>
            {
                await callback(token).ConfigureAwait(false);
                return true;
            },
            options,
            cancellationToken);
    }

    public async Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> callback, TransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (TransactionContext.Current is { IsActive: true })
        {
            // Nested: join the outer transaction, which commits or aborts everything.
            return await callback(cancellationToken).ConfigureAwait(false);
        }

        using var activity = MongoPatternsTelemetry.ActivitySource.StartActivity(TransactionTelemetry.ActivityName);
        var client = databases.GetClient(MongoPatternsOptions.DefaultDatabase);
        var session = await client.StartSessionAsync(options: null, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            var context = new TransactionContext(MongoPatternsOptions.DefaultDatabase, session);
            var previous = TransactionContext.Current;
            TransactionContext.Current = context;
            var attempts = 0;
            TResult result;
            try
            {
                result = await session.WithTransactionAsync(
                    async (_, token) =>
                    {
                        if (++attempts > 1)
                        {
                            TransactionTelemetry.RecordRetry();
                        }

                        context.DiscardNotifications();
                        return await callback(token).ConfigureAwait(false);
                    },
                    options,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                context.DiscardNotifications();
                TransactionTelemetry.RecordAbort();
                activity?.SetTag("mongopatterns.transaction.attempts", attempts);
                activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
                throw;
            }
            finally
            {
                TransactionContext.Current = previous;
            }

            TransactionTelemetry.RecordCommit();
            activity?.SetTag("mongopatterns.transaction.attempts", attempts);
            await context.FlushNotificationsAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    public ValueTask<IUnitOfWorkScope> BeginAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (TransactionContext.Current is { IsActive: true })
        {
            throw new InvalidOperationException("A transaction is already ambient in this flow; commit or dispose it before beginning another unit of work.");
        }

        // Set the ambient context here, synchronously, so that it flows back to the caller (an AsyncLocal set inside an
        // async method would not); the session is attached once started.
        var context = new TransactionContext(MongoPatternsOptions.DefaultDatabase);
        var previous = TransactionContext.Current;
        TransactionContext.Current = context;
        return StartAsync(databases.GetClient(MongoPatternsOptions.DefaultDatabase), context, previous, options, cancellationToken);
    }

    private static async ValueTask<IUnitOfWorkScope> StartAsync(IMongoClient client, TransactionContext context, TransactionContext? previous, TransactionOptions? options, CancellationToken cancellationToken)
    {
        var session = await client.StartSessionAsync(options: null, cancellationToken).ConfigureAwait(false);
        try
        {
            session.StartTransaction(options);
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        context.Attach(session);
        return new UnitOfWorkScope(context, previous, MongoPatternsTelemetry.ActivitySource.StartActivity(TransactionTelemetry.ActivityName));
    }
}
