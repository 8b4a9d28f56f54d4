using System.Collections.Immutable;

namespace MongoPatterns.Embedded.Storage;

/// <summary>A database as of one snapshot: its collections by name.</summary>
/// <param name="Name">The database name.</param>
/// <param name="Collections">The collections, ordered by name.</param>
internal sealed record DatabaseState(string Name, ImmutableSortedDictionary<string, CollectionState> Collections)
{
    /// <summary>Creates an empty database.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The database.</returns>
    public static DatabaseState Create(string name) => new(name, ImmutableSortedDictionary.Create<string, CollectionState>(StringComparer.Ordinal));
}
