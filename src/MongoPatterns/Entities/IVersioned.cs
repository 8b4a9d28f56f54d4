namespace MongoPatterns.Entities;

/// <summary>
/// Opt-in optimistic concurrency: inserts start at version 1; <c>ReplaceAsync</c> and <c>DeleteAsync(entity)</c> only
/// apply when the stored version still equals <see cref="Version"/> and increment it, otherwise they throw
/// <c>ConcurrencyException</c> and change nothing. Field updates (<c>UpdateAsync</c>) increment the version too.
/// </summary>
public interface IVersioned
{
    /// <summary>Gets or sets the version the entity was read at.</summary>
    long Version { get; set; }
}
