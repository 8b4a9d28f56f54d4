namespace MongoPatterns.Caching;

/// <summary>
/// A snapshot of the query cache's counters. Every cached lookup is exactly one of an L1 hit, an L2 hit or a miss;
/// a lookup that awaited a load another caller had started (<see cref="CoalescedWaits"/>) counts by where that load
/// found its result.
/// </summary>
/// <param name="L1Hits">Lookups answered by the in-process cache.</param>
/// <param name="L2Hits">Lookups answered by the distributed cache.</param>
/// <param name="Misses">Lookups answered by the database (by running the query or awaiting the same query).</param>
/// <param name="L1Misses">Lookups the in-process cache could not answer.</param>
/// <param name="L2Misses">Lookups the distributed cache was asked and could not answer.</param>
/// <param name="Evictions">In-process entries removed for capacity or expiry.</param>
/// <param name="CoalescedWaits">Lookups that awaited a load another caller had started for the same key.</param>
/// <param name="EntryCount">In-process entries now held.</param>
/// <param name="EstimatedSizeBytes">Estimated size of the in-process entries (encoded BSON bytes plus overhead).</param>
public sealed record QueryCacheStatistics(
    long L1Hits,
    long L2Hits,
    long Misses,
    long L1Misses,
    long L2Misses,
    long Evictions,
    long CoalescedWaits,
    long EntryCount,
    long EstimatedSizeBytes)
{
    /// <summary>Gets all hits (L1 and L2).</summary>
    public long Hits => L1Hits + L2Hits;

    /// <summary>Gets the number of cached lookups.</summary>
    public long Lookups => L1Hits + L2Hits + Misses;

    /// <summary>Gets the share of lookups answered by the in-process cache (0 when there were none).</summary>
    public double L1HitRatio => Lookups == 0 ? 0 : (double)L1Hits / Lookups;

    /// <summary>Gets the share of distributed-cache lookups that hit (0 when there were none).</summary>
    public double L2HitRatio => L2Hits + L2Misses == 0 ? 0 : (double)L2Hits / (L2Hits + L2Misses);

    /// <summary>Gets the share of lookups answered from either cache level (0 when there were none).</summary>
    public double HitRatio => Lookups == 0 ? 0 : (double)Hits / Lookups;
}
