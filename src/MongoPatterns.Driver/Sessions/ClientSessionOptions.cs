namespace MongoPatterns.Driver;

/// <summary>Options of an explicit session (<see cref="IMongoClient.StartSessionAsync"/>).</summary>
public sealed record ClientSessionOptions
{
    /// <summary>
    /// Gets whether reads in the session see the session's own earlier writes and reads (causal consistency: reads send
    /// <c>readConcern.afterClusterTime</c>). Null means true.
    /// </summary>
    public bool? CausalConsistency { get; init; }

    /// <summary>Gets the options used by <see cref="IClientSessionHandle.StartTransaction"/> when it is given none, or null.</summary>
    public TransactionOptions? DefaultTransactionOptions { get; init; }
}
