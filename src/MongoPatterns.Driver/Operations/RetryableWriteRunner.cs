using System.Runtime.ExceptionServices;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Core.Servers;
using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// Retryable writes (Retryable Writes specification): when the client allows them (<c>retryWrites</c>, the default), the
/// write is acknowledged, not in a transaction, and the server supports sessions and is not a standalone, the command
/// gets the session's next <c>txnNumber</c>; after a network error or a retryable server error it is sent once more,
/// with the same <c>txnNumber</c>, to a newly selected writable server, which applies it at most once.
/// </summary>
internal static class RetryableWriteRunner
{
    /// <summary>Whether a write command may be retried on this channel.</summary>
    /// <param name="context">The operation.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="writeConcern">The write's write concern.</param>
    /// <returns>True when the write is retryable.</returns>
    public static bool IsRetryable(OperationContext context, ConnectionChannel channel, WriteConcern writeConcern) =>
        context.Client.Settings.RetryWrites
        && writeConcern.IsAcknowledged
        && !context.Session.IsInTransaction
        && SupportsRetryableWrites(channel.Description);

    /// <summary>
    /// Runs a write command, retrying it once when <paramref name="retryable"/> and the first attempt fails with a
    /// retryable error. The caller keeps owning the returned channel (the original one is disposed when replaced).
    /// </summary>
    /// <param name="channel">The channel to run on first.</param>
    /// <param name="request">The command (its <c>txnNumber</c> is set here).</param>
    /// <param name="context">The operation.</param>
    /// <param name="retryable">Whether the write is retryable (<see cref="IsRetryable"/> and a retryable command).</param>
    /// <returns>The result and the channel that produced it.</returns>
    public static async Task<(CommandResult Result, ConnectionChannel Channel)> RunAsync(ConnectionChannel channel, CommandRequest request, OperationContext context, bool retryable)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (!retryable)
        {
            return (await channel.RunAsync(request, context).ConfigureAwait(false), channel);
        }

        request.Command.Set("txnNumber", context.Session.AdvanceTransactionNumber(channel.Description.LogicalSessionTimeout));
        try
        {
            return (await channel.RunAsync(request, context).ConfigureAwait(false), channel);
        }
        catch (MongoException first) when (RetryableErrors.IsRetryableWriteError(first))
        {
            first.AddErrorLabel(RetryableErrors.RetryableWriteError);
            await channel.DisposeAsync().ConfigureAwait(false);
            ConnectionChannel retryChannel;
            try
            {
                retryChannel = await context.Client.GetChannelAsync(ServerSelector.Write, context).ConfigureAwait(false);
            }
            catch (MongoException)
            {
                ExceptionDispatchInfo.Throw(first);
                throw;
            }

            if (!SupportsRetryableWrites(retryChannel.Description))
            {
                await retryChannel.DisposeAsync().ConfigureAwait(false);
                ExceptionDispatchInfo.Throw(first);
            }

            try
            {
                return (await retryChannel.RunAsync(request, context).ConfigureAwait(false), retryChannel);
            }
            catch (MongoException retryError) when (retryError.HasErrorLabel(RetryableErrors.NoWritesPerformed))
            {
                await retryChannel.DisposeAsync().ConfigureAwait(false);
                ExceptionDispatchInfo.Throw(first);
                throw;
            }
            catch
            {
                await retryChannel.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    private static bool SupportsRetryableWrites(ServerDescription description) =>
        description.LogicalSessionTimeout is not null && description.Type is not (ServerType.Standalone or ServerType.Unknown);
}
