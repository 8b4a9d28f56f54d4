using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Entities;

namespace MongoPatterns.Samples.WebApi.Posts;

/// <summary>A post written by a user, stored in the <c>posts</c> collection.</summary>
public sealed class Post : ICreatedAt
{
    /// <summary>Gets or sets the id: a string in C#, an ObjectId in the database.</summary>
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    /// <summary>Gets or sets the id of the author.</summary>
    [BsonRepresentation(BsonType.ObjectId)]
    public string AuthorId { get; set; } = string.Empty;

    /// <summary>Gets or sets the title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets the body text.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Gets or sets the tags.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Gets or sets when the post was created (stamped by the repository).</summary>
    public DateTime CreatedAt { get; set; }
}
