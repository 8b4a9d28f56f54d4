using MongoPatterns.Bson;
using MongoPatterns.Bson.Json;

namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>Compares documents by their canonical Extended JSON, so numeric types count and failures show both documents.</summary>
internal static class TranslationAssert
{
    public static void Equal(string expectedJson, BsonDocument actual) => Equal(BsonDocument.Parse(expectedJson), actual);

    public static void Equal(BsonDocument expected, BsonDocument actual) =>
        Assert.Equal(expected.ToJson(JsonWriterSettings.Canonical), actual.ToJson(JsonWriterSettings.Canonical));
}
