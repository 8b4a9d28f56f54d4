namespace MongoPatterns.Entities;

/// <summary>Opt-in audit field: the repository sets <see cref="CreatedAt"/> (UTC, millisecond precision) when the entity is inserted or upserted.</summary>
public interface ICreatedAt
{
    /// <summary>Gets or sets when the entity was first stored (UTC).</summary>
    DateTime CreatedAt { get; set; }
}
