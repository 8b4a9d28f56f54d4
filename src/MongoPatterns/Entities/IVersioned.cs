namespace MongoPatterns.Entities;

/// <summary>
/// Opt-in optimistic concurrency: inserts start at version 1; <c>ReplaceAsync</c> only applies when the stored version
/// still equals <see cref="Version"/> and increments it, otherwise it throws <c>ConcurrencyException</c> and changes
/// nothing. Field updates (<c>UpdateAsync</c>, <c>UpdateManyAsync</c>), soft deletes and upserts increment the version
/// without checking it.
/// </summary>
public interface IVersioned
{
    /// <summary>Gets or sets the version the entity was read at.</summary>
    long Version { get; set; }
}
