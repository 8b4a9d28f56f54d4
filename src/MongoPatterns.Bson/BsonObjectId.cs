namespace MongoPatterns.Bson;

/// <summary>A BSON ObjectId value.</summary>
public sealed class BsonObjectId : BsonValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="value">The ObjectId.</param>
    public BsonObjectId(ObjectId value)
    {
        Value = value;
    }

    /// <summary>Gets the ObjectId.</summary>
    public ObjectId Value { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.ObjectId;

    /// <summary>Creates a value holding a newly generated ObjectId.</summary>
    /// <returns>The BSON value.</returns>
    public static BsonObjectId GenerateNewId() => new(ObjectId.GenerateNewId());

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => Value == ((BsonObjectId)other).Value;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Value.GetHashCode();
}
