using MongoPatterns.Driver;

namespace MongoPatterns.Transactions;

/// <summary>
/// Explicit begin/commit style for transactions: <c>await using var unit = await unitOfWork.BeginAsync();</c>, repository
/// calls, then <c>await unit.CommitAsync();</c>. Disposing without committing aborts. Unlike
/// <see cref="ITransactionRunner"/> nothing is retried. Registered by <c>AddMongoPatterns</c>.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Starts a transaction on the client of the default database and makes it ambient for the calling flow: repository
    /// calls after this (until the unit is committed or disposed) join it.
    /// </summary>
    /// <param name="options">Transaction options; <see langword="null"/> for the client defaults.</param>
    /// <param name="cancellationToken">Cancels starting the session.</param>
    /// <returns>The unit of work; commit it, and always dispose it.</returns>
    /// <exception cref="InvalidOperationException">A transaction is already ambient.</exception>
    ValueTask<IUnitOfWorkScope> BeginAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default);
}
