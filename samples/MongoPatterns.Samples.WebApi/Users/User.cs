using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Entities;

namespace MongoPatterns.Samples.WebApi.Users;

/// <summary>A user as stored in the <c>users</c> collection.</summary>
public sealed class User : ICreatedAt, IUpdatedAt
{
    /// <summary>Gets or sets the id: a string in C#, an ObjectId in the database.</summary>
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the email address (unique).</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>Gets or sets the role: <c>member</c> or <c>admin</c>.</summary>
    public string Role { get; set; } = "member";

    /// <summary>Gets or sets when the user was created (stamped by the repository).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets when the user was last changed (stamped by the repository).</summary>
    public DateTime UpdatedAt { get; set; }
}
