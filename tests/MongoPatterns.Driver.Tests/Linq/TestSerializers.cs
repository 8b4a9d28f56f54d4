using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>A registry of the tests' own, with default conventions (camelCase names, string ids stored as ObjectId).</summary>
internal static class TestSerializers
{
    public static BsonSerializerRegistry Registry { get; } = new();

    public static IBsonSerializer<Customer> Customer { get; } = Registry.GetSerializer<Customer>();
}
