using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Entities;

namespace MongoPatterns.Tests.Infrastructure;

[MongoPatterns.Entities.Collection("users")]
public sealed class User : ICreatedAt, IUpdatedAt
{
    public string? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public int Age { get; set; }

    public List<string> Tags { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class UserSummary
{
    public string? Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

public sealed class Article : ISoftDelete
{
    public ObjectId Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public DateTime? DeletedAt { get; set; }
}

public sealed class Account : IVersioned, IUpdatedAt
{
    public Guid Id { get; set; }

    public string Owner { get; set; } = string.Empty;

    public long Balance { get; set; }

    public long Version { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class Counter
{
    public int Id { get; set; }

    public long Value { get; set; }
}

public sealed class StrictOrder
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    public int Total { get; set; }
}

public sealed class Item
{
    public ObjectId Id { get; set; }

    public int Rank { get; set; }

    public string? Group { get; set; }
}

public sealed class LogEntry
{
    public ObjectId Id { get; set; }

    public string Message { get; set; } = string.Empty;
}

public sealed class PageView
{
    public ObjectId Id { get; set; }

    public string Path { get; set; } = string.Empty;
}
