namespace MongoPatterns.Entities;

/// <summary>
/// Opt-in soft delete: deleting sets <see cref="DeletedAt"/> instead of removing the document, and every read, count,
/// update and aggregation of the repository excludes deleted documents unless the query asks for
/// <c>IncludeDeleted()</c>.
/// </summary>
public interface ISoftDelete
{
    /// <summary>Gets or sets when the entity was deleted (UTC), or <see langword="null"/> while it is live.</summary>
    DateTime? DeletedAt { get; set; }
}
