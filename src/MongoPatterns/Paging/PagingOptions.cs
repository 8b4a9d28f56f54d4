namespace MongoPatterns.Paging;

/// <summary>Pagination settings (<c>MongoPatterns:Paging</c>).</summary>
public sealed class PagingOptions
{
    /// <summary>Gets or sets the largest page size accepted by <c>ToPageAsync</c> and <c>ToKeysetPageAsync</c> (default 1,000).</summary>
    public int MaxPageSize { get; set; } = 1_000;

    /// <summary>Gets or sets how offset pages count the total when the caller does not say (default <see cref="PageCountMode.Exact"/>).</summary>
    public PageCountMode DefaultCountMode { get; set; } = PageCountMode.Exact;

    /// <summary>
    /// Gets or sets the secret (at least 32 characters) that signs keyset continuation tokens with HMAC-SHA256. When not
    /// set, a random per-process key is used and a warning is logged: tokens then do not survive restarts and cannot be
    /// shared between instances.
    /// </summary>
    public string? ContinuationTokenKey { get; set; }
}
