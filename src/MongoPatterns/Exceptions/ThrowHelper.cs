using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Exceptions;

/// <summary>Throw helpers kept out of hot paths (the callers stay small enough to inline).</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowPageSizeOutOfRange(int pageSize, int maxPageSize) =>
        throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"The page size must be between 1 and {maxPageSize} (MongoPatterns:Paging:MaxPageSize).");

    [DoesNotReturn]
    public static void ThrowMaxResultsExceeded(Type entityType, string collectionName, int maxResults) =>
        throw new MaxResultsExceededException(entityType, collectionName, maxResults);

    [DoesNotReturn]
    public static T ThrowNoPrimarySort<T>() =>
        throw new InvalidOperationException("ThenBy/ThenByDescending need a primary sort: call SortBy or SortByDescending first.");

    [DoesNotReturn]
    public static void ThrowMoreThanOne(Type entityType) =>
        throw new InvalidOperationException($"More than one {entityType.Name} matches the query, but SingleOrDefaultAsync expects at most one.");
}
