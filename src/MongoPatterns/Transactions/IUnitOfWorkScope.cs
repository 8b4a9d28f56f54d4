namespace MongoPatterns.Transactions;

/// <summary>A transaction begun by <see cref="IUnitOfWork.BeginAsync"/>; disposing it without <see cref="CommitAsync"/> aborts the transaction.</summary>
public interface IUnitOfWorkScope : IAsyncDisposable
{
    /// <summary>Commits the transaction, then tells the repository write observers about the writes it made.</summary>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>A task that completes once the transaction committed.</returns>
    /// <exception cref="InvalidOperationException">The unit was already committed or disposed.</exception>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
