using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Entities;

namespace MongoPatterns.Samples.Tour.Model;

/// <summary>A task of a project, with tags. Named TaskItem so it does not clash with System.Threading.Tasks.Task.</summary>
internal sealed class TaskItem : ICreatedAt
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public string? ProjectId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Status { get; set; } = "todo";

    public int Priority { get; set; }

    public List<string> Tags { get; set; } = [];

    public DateTime CreatedAt { get; set; }
}
