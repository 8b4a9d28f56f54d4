namespace MongoPatterns.Exceptions;

/// <summary>
/// A query without a limit matched more documents than <c>MongoPatternsOptions.MaxResults</c>. Nothing is silently
/// truncated: add <c>Limit(...)</c>, page with <c>ToPageAsync</c>/<c>ToKeysetPageAsync</c>, or stream with
/// <c>AsAsyncEnumerable()</c> when reading everything is deliberate.
/// </summary>
public class MaxResultsExceededException : MongoPatternsException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public MaxResultsExceededException()
        : base("The query returned more results than allowed.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public MaxResultsExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the error that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public MaxResultsExceededException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal MaxResultsExceededException(Type entityType, string collectionName, int maxResults)
        : base($"The query on '{collectionName}' ({entityType.Name}) has no limit and matched more than {maxResults} documents (MongoPatterns:MaxResults). Add Limit(...), page the results, or stream them with AsAsyncEnumerable().")
    {
        EntityType = entityType;
        MaxResults = maxResults;
    }

    /// <summary>Gets the entity type that was queried.</summary>
    public Type? EntityType { get; }

    /// <summary>Gets the configured maximum.</summary>
    public int MaxResults { get; }
}
