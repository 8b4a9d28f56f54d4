using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Entities;

namespace MongoPatterns.Samples.Tour.Model;

/// <summary>A person who works in an organisation. Lives in the <c>core</c> database.</summary>
internal sealed class User : ICreatedAt, IUpdatedAt
{
    // A string in C#, an ObjectId in the database: the repository generates it on insert.
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    // Unique: see the HasIndex(...) registration in Program.cs.
    public string Email { get; set; } = string.Empty;

    public string Role { get; set; } = "member";

    [BsonRepresentation(BsonType.ObjectId)]
    public string? OrganisationId { get; set; }

    // ICreatedAt and IUpdatedAt: the repository stamps these for you.
    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
