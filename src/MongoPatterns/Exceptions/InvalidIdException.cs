namespace MongoPatterns.Exceptions;

/// <summary>
/// An id value cannot be an id of the entity: a wrong type, or a string that is not a valid ObjectId/Guid where the
/// entity's id is stored as one. Web APIs usually map it to 400 Bad Request.
/// </summary>
public class InvalidIdException : MongoPatternsException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public InvalidIdException()
        : base("The id is not valid.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidIdException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the error that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public InvalidIdException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal InvalidIdException(Type entityType, object? id, Type expectedIdType, Exception? innerException = null)
        : base($"'{id}' is not a valid {entityType.Name} id: expected a {expectedIdType.Name}.", innerException)
    {
        EntityType = entityType;
        Id = id;
        ExpectedIdType = expectedIdType;
    }

    /// <summary>Gets the entity type.</summary>
    public Type? EntityType { get; }

    /// <summary>Gets the rejected id value.</summary>
    public object? Id { get; }

    /// <summary>Gets the .NET type of the entity's id member.</summary>
    public Type? ExpectedIdType { get; }
}
