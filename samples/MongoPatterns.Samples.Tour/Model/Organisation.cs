using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Samples.Tour.Model;

/// <summary>A customer organisation. Lives in the <c>core</c> database.</summary>
internal sealed class Organisation
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Plan { get; set; } = "free";
}
