namespace MongoPatterns.Exceptions;

/// <summary>
/// An optimistic-concurrency conflict: the entity implements <c>IVersioned</c> and the stored version is no longer the
/// version the caller read, so the write was not applied. Reload the entity, reapply the change and retry.
/// </summary>
public class ConcurrencyException : MongoPatternsException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public ConcurrencyException()
        : base("The entity was changed by someone else since it was read.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public ConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the error that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public ConcurrencyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal ConcurrencyException(Type entityType, object? id, long expectedVersion)
        : base($"{entityType.Name} '{id}' was changed by someone else: it is no longer at version {expectedVersion}. Nothing was written; reload it and retry.")
    {
        EntityType = entityType;
        Id = id;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>Gets the entity type.</summary>
    public Type? EntityType { get; }

    /// <summary>Gets the id of the entity that was written.</summary>
    public object? Id { get; }

    /// <summary>Gets the version the write expected to find.</summary>
    public long ExpectedVersion { get; }
}
