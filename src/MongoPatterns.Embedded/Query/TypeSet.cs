using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>A set of BSON types, as accepted by <c>$type</c> and <c>$jsonSchema</c>'s <c>bsonType</c>/<c>type</c>.</summary>
internal sealed class TypeSet
{
    private readonly bool[] _types = new bool[256];

    /// <summary>Gets a value indicating whether the set is empty.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>Adds a type.</summary>
    /// <param name="type">The type.</param>
    public void Add(BsonType type)
    {
        _types[(byte)type] = true;
        IsEmpty = false;
    }

    /// <summary>Adds the four numeric types (the <c>"number"</c> alias).</summary>
    public void AddNumbers()
    {
        Add(BsonType.Int32);
        Add(BsonType.Int64);
        Add(BsonType.Double);
        Add(BsonType.Decimal128);
    }

    /// <summary>Tests a type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Whether the set contains it.</returns>
    public bool Contains(BsonType type) => _types[(byte)type];
}
