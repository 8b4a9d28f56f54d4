namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>Reads a member's value from an untyped instance (for <see cref="BsonMemberMap.GetValue"/>).</summary>
internal interface IMemberValueReader
{
    object? GetValue(object instance);
}
