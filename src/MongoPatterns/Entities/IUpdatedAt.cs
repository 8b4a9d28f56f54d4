namespace MongoPatterns.Entities;

/// <summary>Opt-in audit field: the repository sets <see cref="UpdatedAt"/> (UTC, millisecond precision) on every insert, replace, update and upsert.</summary>
public interface IUpdatedAt
{
    /// <summary>Gets or sets when the entity was last written (UTC).</summary>
    DateTime UpdatedAt { get; set; }
}
