using MongoPatterns.Bson;

namespace MongoPatterns.Samples.Tour.Model;

/// <summary>One page view, written by the web front end. Lives in the <c>analytics</c> database.</summary>
internal sealed class PageView
{
    public ObjectId Id { get; set; }

    public string Path { get; set; } = string.Empty;

    public string? UserId { get; set; }

    public int DurationMs { get; set; }

    public DateTime ViewedAt { get; set; }
}
