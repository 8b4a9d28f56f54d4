using System.Diagnostics.Metrics;

namespace MongoPatterns.Caching;

/// <summary>The cache's instruments on the <c>MongoPatterns</c> meter.</summary>
internal sealed class QueryCacheMetrics : IDisposable
{
    /// <summary>The meter name shared by all MongoPatterns telemetry.</summary>
    public const string MeterName = "MongoPatterns";

    private static readonly KeyValuePair<string, object?> L1Level = new("cache.level", "l1");
    private static readonly KeyValuePair<string, object?> L2Level = new("cache.level", "l2");

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _evictions;
    private readonly Counter<long> _coalescedWaits;

    public QueryCacheMetrics(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _hits = _meter.CreateCounter<long>("mongopatterns.cache.hits", "{lookup}", "Query-cache lookups answered from the cache (tag cache.level: l1 or l2).");
        _misses = _meter.CreateCounter<long>("mongopatterns.cache.misses", "{lookup}", "Query-cache lookups answered by the database.");
        _evictions = _meter.CreateCounter<long>("mongopatterns.cache.evictions", "{entry}", "In-process query-cache entries evicted for capacity or expiry.");
        _coalescedWaits = _meter.CreateCounter<long>("mongopatterns.cache.coalesced_waits", "{lookup}", "Misses that awaited the same query already running.");
    }

    public Meter Meter => _meter;

    public void L1Hit() => _hits.Add(1, L1Level);

    public void L2Hit() => _hits.Add(1, L2Level);

    public void Miss() => _misses.Add(1);

    public void Eviction() => _evictions.Add(1);

    public void CoalescedWait() => _coalescedWaits.Add(1);

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
