using MongoPatterns.Driver;

namespace MongoPatterns.Querying;

/// <summary>The user-facing parts of a query, before rendering: filter, sort keys, skip, limit, deleted flag, cache policy.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed record FindQueryState<T>(
    FilterDefinition<T> Filter,
    SortDefinition<T>[] Sorts,
    int? Skip,
    int? Limit,
    bool IncludeDeleted,
    object? CachePolicy)
{
    public static FindQueryState<T> For(FilterDefinition<T> filter) => new(filter, [], null, null, false, null);
}
