using System.Collections.Immutable;

namespace MongoPatterns.Embedded.Storage;

/// <summary>
/// An immutable view of every database at one catalog version. Readers take the current snapshot without locking and
/// keep it for as long as they need (cursors read stable batches from the snapshot they started with).
/// </summary>
/// <param name="Version">The catalog version; every committed write increments it.</param>
/// <param name="Databases">The databases by name.</param>
internal sealed record CatalogSnapshot(long Version, ImmutableSortedDictionary<string, DatabaseState> Databases)
{
    /// <summary>Gets the empty catalog.</summary>
    public static CatalogSnapshot Empty { get; } = new(0, ImmutableSortedDictionary.Create<string, DatabaseState>(StringComparer.Ordinal));

    /// <summary>Finds a collection.</summary>
    /// <param name="database">The database.</param>
    /// <param name="collection">The collection.</param>
    /// <returns>The collection or null.</returns>
    public CollectionState? FindCollection(string database, string collection) =>
        Databases.TryGetValue(database, out var db) && db.Collections.TryGetValue(collection, out var state) ? state : null;
}
