namespace MongoPatterns.Exceptions;

/// <summary>A method that promises an existing entity (replace, update by id) found none with the given id.</summary>
public class EntityNotFoundException : MongoPatternsException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public EntityNotFoundException()
        : base("The entity was not found.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public EntityNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the error that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public EntityNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal EntityNotFoundException(Type entityType, object? id)
        : base($"{entityType.Name} '{id}' was not found.")
    {
        EntityType = entityType;
        Id = id;
    }

    /// <summary>Gets the entity type.</summary>
    public Type? EntityType { get; }

    /// <summary>Gets the id that was looked for.</summary>
    public object? Id { get; }
}
