using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Samples.Tour.Model;

/// <summary>A project of an organisation. Lives in the <c>core</c> database.</summary>
internal sealed class Project
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? OrganisationId { get; set; }

    public string Name { get; set; } = string.Empty;
}
