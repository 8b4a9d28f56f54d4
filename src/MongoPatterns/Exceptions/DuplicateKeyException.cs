using MongoPatterns.Bson;

namespace MongoPatterns.Exceptions;

/// <summary>
/// A write was rejected because it would duplicate the key of a unique index. The driver's duplicate-key exception is
/// kept as <see cref="Exception.InnerException"/>.
/// </summary>
public class DuplicateKeyException : MongoPatternsException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public DuplicateKeyException()
        : base("A write would have duplicated the key of a unique index.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public DuplicateKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the driver error.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The driver's duplicate-key error.</param>
    public DuplicateKeyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal DuplicateKeyException(Type entityType, string? indexName, BsonDocument? keyValues, IReadOnlyList<string> propertyNames, Exception innerException)
        : base(FormatMessage(entityType, indexName, keyValues, propertyNames), innerException)
    {
        EntityType = entityType;
        IndexName = indexName;
        KeyValues = keyValues;
        PropertyNames = propertyNames;
    }

    /// <summary>Gets the entity type that was written, when known.</summary>
    public Type? EntityType { get; }

    /// <summary>Gets the name of the unique index that rejected the write, when the server reported it.</summary>
    public string? IndexName { get; }

    /// <summary>Gets the duplicated key values by element name, when the server reported them.</summary>
    public BsonDocument? KeyValues { get; }

    /// <summary>Gets the .NET property names of the duplicated key elements that could be mapped (empty when none).</summary>
    public IReadOnlyList<string> PropertyNames { get; } = [];

    private static string FormatMessage(Type entityType, string? indexName, BsonDocument? keyValues, IReadOnlyList<string> propertyNames)
    {
        var keys = propertyNames.Count > 0 ? string.Join(", ", propertyNames) : "the key";
        var values = keyValues is null ? string.Empty : " " + keyValues.ToJson();
        return $"Another {entityType.Name} already has the same {keys}{values} (unique index '{indexName ?? "unknown"}').";
    }
}
