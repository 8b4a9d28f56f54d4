namespace MongoPatterns.Samples.WebApi.Responses;

/// <summary>The metadata of a keyset page (<c>?after=</c>): pass <paramref name="NextCursor"/> as <c>after</c> to continue.</summary>
/// <param name="Limit">The page size.</param>
/// <param name="HasNextPage">Whether more items follow.</param>
/// <param name="NextCursor">The cursor of the next page, or null on the last page.</param>
public sealed record CursorMetadata(int Limit, bool HasNextPage, string? NextCursor);
