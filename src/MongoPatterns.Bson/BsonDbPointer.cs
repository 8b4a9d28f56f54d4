namespace MongoPatterns.Bson;

/// <summary>The deprecated BSON DBPointer: a collection namespace and an ObjectId.</summary>
public sealed class BsonDbPointer : BsonValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="namespace">The namespace (<c>database.collection</c>).</param>
    /// <param name="id">The ObjectId.</param>
    /// <exception cref="ArgumentNullException"><paramref name="namespace"/> is null.</exception>
    public BsonDbPointer(string @namespace, ObjectId id)
    {
        ArgumentNullException.ThrowIfNull(@namespace);
        Namespace = @namespace;
        Id = id;
    }

    /// <summary>Gets the namespace.</summary>
    public string Namespace { get; }

    /// <summary>Gets the ObjectId.</summary>
    public ObjectId Id { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.DbPointer;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other)
    {
        var pointer = (BsonDbPointer)other;
        return Id == pointer.Id && string.Equals(Namespace, pointer.Namespace, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => HashCode.Combine(Namespace.GetHashCode(StringComparison.Ordinal), Id);
}
