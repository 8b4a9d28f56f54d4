namespace MongoPatterns.Driver.Operations;

/// <summary>An operation: selects a server, checks out a connection and runs one or more commands within a context.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
internal interface IOperation<TResult>
{
    /// <summary>Runs the operation.</summary>
    Task<TResult> ExecuteAsync(OperationContext context);
}
