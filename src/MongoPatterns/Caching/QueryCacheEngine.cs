using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Caching;

/// <summary>
/// The two-level query cache. L1 is a size-limited <see cref="MemoryCache"/> holding encoded BSON (decoded into fresh
/// objects on every hit) or, for shared/immutable result types, the instance itself. L2 is an optional
/// <see cref="IDistributedCache"/> holding the same BSON behind a small header. Validity comes from generation stamps:
/// every collection and tag has an in-process generation (bumped in O(1) on invalidation) and, with L2, a shared random
/// token stored in L2; an entry is returned only while the stamps it was loaded under are current. Concurrent misses
/// for one key run one load (others await it, each with its own cancellation); failures are not cached.
/// </summary>
internal sealed class QueryCacheEngine : IQueryCache, IDisposable
{
    private const int EntryOverheadBytes = 128;

    private static readonly PostEvictionDelegate s_onEvicted = OnEvicted;

    private readonly IDisposable? _optionsChange;
    private readonly QueryCacheOptions _options;
    private readonly MemoryCache _l1;
    private readonly IDistributedCache? _l2;
    private readonly bool _strictDistributed;
    private readonly BsonSerializerRegistry _registry;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly QueryCacheMetrics _metrics;
    private readonly GenerationStamps _stamps = new();
    private readonly ConcurrentDictionary<string, InFlightLoad> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, bool> _sharedTypes = new();

    // The kill switch, read on every call: kept current by the options monitor's change notifications.
    private volatile bool _enabled;
    private long _l1Hits;
    private long _l2Hits;
    private long _misses;
    private long _l2Misses;
    private long _evictions;
    private long _coalescedWaits;
    private long _estimatedSize;

    public QueryCacheEngine(
        IOptionsMonitor<QueryCacheOptions> optionsMonitor,
        IDistributedCache? distributedCache = null,
        BsonSerializerRegistry? registry = null,
        TimeProvider? timeProvider = null,
        ILogger<QueryCacheEngine>? logger = null,
        IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(optionsMonitor);
        _enabled = optionsMonitor.CurrentValue.Enabled;
        _optionsChange = optionsMonitor.OnChange((options, name) =>
        {
            if (name is null || name == Options.DefaultName)
            {
                _enabled = options.Enabled;
            }
        });
        _options = optionsMonitor.CurrentValue;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _registry = registry ?? BsonSerializerRegistry.Default;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _metrics = new QueryCacheMetrics(meterFactory);
        _l2 = _options.UseDistributedCache ? distributedCache : null;
        _strictDistributed = _l2 is not null && _options.StrictDistributedInvalidation;
        _l1 = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = _options.SizeLimitBytes,
            Clock = new TimeProviderClock(_timeProvider),
            TrackStatistics = false,
        });
        Keys = new CacheKeyBuilder(_options.KeyPrefix, _options.MaxKeyLength);
    }

    /// <summary>Gets the key builder configured with this cache's prefix and key length.</summary>
    public CacheKeyBuilder Keys { get; }

    /// <summary>Gets the meter the cache's instruments are on.</summary>
    internal Meter Meter => _metrics.Meter;

    /// <summary>Gets whether caching is switched on now (the kill switch, read on every call).</summary>
    public bool IsEnabled => _enabled;

    /// <summary>
    /// Returns the cached result for <paramref name="lookup"/>, or runs <paramref name="load"/> (once for all concurrent
    /// callers of the same key), caches and returns its result. With caching switched off, just runs the load.
    /// </summary>
    public Task<T> GetOrLoadAsync<T>(in CacheLookup lookup, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken = default) =>
        GetOrLoadAsync(lookup, load, static (run, ct) => run(ct), cancellationToken);

    /// <summary>
    /// As <see cref="GetOrLoadAsync{T}(in CacheLookup, Func{CancellationToken, Task{T}}, CancellationToken)"/>, with the
    /// load given as a (static) function of <paramref name="state"/>: a hit allocates no closure.
    /// </summary>
    public Task<T> GetOrLoadAsync<TState, T>(in CacheLookup lookup, TState state, Func<TState, CancellationToken, Task<T>> load, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!_enabled)
        {
            return load(state, cancellationToken);
        }

        var snapshot = CaptureLocal(lookup);
        if (!_strictDistributed && TryGetFromL1(lookup, snapshot, typeof(T), compareTokens: false, out var entry))
        {
            return (Task<T>)entry.Hit(entry, lookup.Registry ?? _registry);
        }

        Func<CancellationToken, Task<T>> run = ct => load(state, ct);
        return _strictDistributed
            ? StrictLookupAsync(lookup, snapshot, run, cancellationToken).AsTask()
            : MissAsync(lookup, snapshot, tokensRead: false, run, cancellationToken).AsTask();
    }

    /// <summary>
    /// The hit path without type parameters: returns the completed <c>Task</c> of <paramref name="resultType"/> when
    /// <paramref name="lookup"/> is answered from the in-process cache, or null (a miss, caching switched off, or strict
    /// distributed invalidation, which must read the distributed stamps first: use <c>GetOrLoadAsync</c>).
    /// </summary>
    public object? TryGetHit(in CacheLookup lookup, Type resultType) =>
        _enabled && !_strictDistributed && TryGetFromL1(lookup, CaptureLocal(lookup), resultType, compareTokens: false, out var entry)
            ? entry.Hit(entry, lookup.Registry ?? _registry)
            : null;

    /// <inheritdoc/>
    public ValueTask InvalidateCollectionAsync(string databaseName, string collectionName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(databaseName);
        ArgumentException.ThrowIfNullOrEmpty(collectionName);
        InvalidateCollection(databaseName, collectionName);
        return _l2 is null
            ? ValueTask.CompletedTask
            : WriteTokenAsync(Keys.ForCollectionGeneration(databaseName, collectionName), cancellationToken);
    }

    /// <summary>
    /// Invalidates a collection in this process only (O(1), synchronous). For callers that cannot await (the
    /// distributed token is not rewritten: use <see cref="InvalidateCollectionAsync"/> to reach other instances).
    /// </summary>
    internal void InvalidateCollection(string databaseName, string collectionName)
    {
        _stamps.ForCollection(databaseName, collectionName).Bump();
        QueryCacheLog.CollectionInvalidated(_logger, databaseName, collectionName);
    }

    /// <summary>Returns the generation cell of a collection, for callers that resolve it once (see <see cref="CacheLookup.CollectionGeneration"/>).</summary>
    internal GenerationCell CollectionGeneration(string databaseName, string collectionName) =>
        _stamps.ForCollection(databaseName, collectionName);

    /// <inheritdoc/>
    public ValueTask InvalidateTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        _stamps.ForTag(tag).Bump();
        QueryCacheLog.TagInvalidated(_logger, tag);
        return _l2 is null ? ValueTask.CompletedTask : WriteTokenAsync(Keys.ForTagGeneration(tag), cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask InvalidateKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var fullKey = Keys.ForExplicitKey(key);
        _l1.Remove(fullKey);
        QueryCacheLog.KeyInvalidated(_logger, fullKey);
        if (_l2 is not null)
        {
            try
            {
                await _l2.RemoveAsync(fullKey, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                QueryCacheLog.DistributedCacheFailed(_logger, exception, "remove");
            }
        }
    }

    /// <inheritdoc/>
    public QueryCacheStatistics GetStatistics()
    {
        var l2Hits = Interlocked.Read(ref _l2Hits);
        var misses = Interlocked.Read(ref _misses);
        return new QueryCacheStatistics(
            L1Hits: Interlocked.Read(ref _l1Hits),
            L2Hits: l2Hits,
            Misses: misses,
            L1Misses: l2Hits + misses,
            L2Misses: Interlocked.Read(ref _l2Misses),
            Evictions: Interlocked.Read(ref _evictions),
            CoalescedWaits: Interlocked.Read(ref _coalescedWaits),
            EntryCount: _l1.Count,
            EstimatedSizeBytes: Interlocked.Read(ref _estimatedSize));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _optionsChange?.Dispose();
        _l1.Dispose();
        _metrics.Dispose();
    }

    private GenerationSnapshot CaptureLocal(in CacheLookup lookup)
    {
        var collection = (lookup.CollectionGeneration ?? _stamps.ForCollection(lookup.DatabaseName, lookup.CollectionName)).Value;
        var tags = lookup.Policy.TagArray;
        if (tags.Length == 0)
        {
            return new GenerationSnapshot(collection, null);
        }

        var tagGenerations = new long[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            tagGenerations[i] = _stamps.ForTag(tags[i]).Value;
        }

        return new GenerationSnapshot(collection, tagGenerations);
    }

    private async ValueTask<T> StrictLookupAsync<T>(CacheLookup lookup, GenerationSnapshot snapshot, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var withTokens = await TryReadTokensAsync(lookup, snapshot, cancellationToken).ConfigureAwait(false);
        if (withTokens is not { } current)
        {
            return await BypassAsync(load, cancellationToken).ConfigureAwait(false);
        }

        if (TryGetFromL1(lookup, current, typeof(T), compareTokens: true, out var entry))
        {
            return await ((Task<T>)entry.Hit(entry, lookup.Registry ?? _registry)).ConfigureAwait(false);
        }

        return await MissAsync(lookup, current, tokensRead: true, load, cancellationToken).ConfigureAwait(false);
    }

    private bool TryGetFromL1(in CacheLookup lookup, in GenerationSnapshot current, Type resultType, bool compareTokens, [NotNullWhen(true)] out CachedEntry? entry)
    {
        var key = lookup.Key;
        if (_l1.TryGetValue(key, out var cached) && cached is CachedEntry found)
        {
            if (found.ResultType == resultType
                && found.Snapshot.LocalMatches(current)
                && (!compareTokens || found.Snapshot.TokensMatch(current)))
            {
                Interlocked.Increment(ref _l1Hits);
                _metrics.L1Hit();
                QueryCacheLog.Hit(_logger, "L1", key);
                entry = found;
                return true;
            }

            // Loaded under an older generation (or read as another type): it can never be valid again.
            _l1.Remove(key);
        }

        entry = null;
        return false;
    }

    private async ValueTask<T> MissAsync<T>(CacheLookup lookup, GenerationSnapshot snapshot, bool tokensRead, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var useL2 = _l2 is not null;
        if (useL2 && !tokensRead)
        {
            // Not strict: in-process entries do not depend on the distributed tokens, so an unreachable distributed
            // cache only disables the second level for this load.
            var withTokens = await TryReadTokensAsync(lookup, snapshot, cancellationToken).ConfigureAwait(false);
            useL2 = withTokens.HasValue;
            snapshot = withTokens ?? snapshot;
        }

        while (true)
        {
            if (_inFlight.TryGetValue(lookup.Key, out var running))
            {
                if (running.Snapshot.LocalMatches(snapshot) && running.Snapshot.TokensMatch(snapshot))
                {
                    Interlocked.Increment(ref _coalescedWaits);
                    _metrics.CoalescedWait();
                    QueryCacheLog.Coalesced(_logger, lookup.Key);
                    var shared = await running.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                    CountLoad(shared.Source);
                    return Materialize<T>(shared, lookup.Registry ?? _registry);
                }

                // Started under an older generation: its result may predate a completed write, so do not join it.
                var replacement = new InFlightLoad(snapshot, useL2);
                if (_inFlight.TryUpdate(lookup.Key, replacement, running))
                {
                    return await OwnLoadAsync(lookup, replacement, load, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            var flight = new InFlightLoad(snapshot, useL2);
            if (_inFlight.TryAdd(lookup.Key, flight))
            {
                return await OwnLoadAsync(lookup, flight, load, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask<T> OwnLoadAsync<T>(CacheLookup lookup, InFlightLoad flight, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        // The shared load runs without the caller's token: one caller giving up must not fail the others.
        _ = RunSharedLoadAsync(lookup, flight, load);
        var result = await flight.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        CountLoad(result.Source);
        // The caller that ran the load gets the loaded instance itself: the cache keeps only its BSON (unless shared).
        return (T)result.Value!;
    }

    private async Task RunSharedLoadAsync<T>(CacheLookup lookup, InFlightLoad flight, Func<CancellationToken, Task<T>> load)
    {
        try
        {
            // A load that finished just before this one became the owner may have stored the entry already.
            var result = TryLoadFromL1<T>(lookup, flight.Snapshot)
                ?? (flight.UseL2 ? await TryLoadFromL2Async<T>(lookup, flight.Snapshot).ConfigureAwait(false) : null);
            if (result is null)
            {
                var started = _timeProvider.GetTimestamp();
                var value = await load(CancellationToken.None).ConfigureAwait(false);
                var elapsed = _timeProvider.GetElapsedTime(started);
                QueryCacheLog.Loaded(_logger, lookup.Key, elapsed);
                var bson = TryEncode(value, lookup.Registry ?? _registry);
                result = new LoadedResult(value, bson, LoadSource.Database);
                if (bson is not null && CaptureLocal(lookup).LocalMatches(flight.Snapshot))
                {
                    var ttl = lookup.Policy.TimeToLive ?? _options.DefaultTtl;
                    var expiry = _timeProvider.GetUtcNow() + ttl;
                    StoreInL1<T>(lookup, flight.Snapshot, value, bson, expiry);
                    if (flight.UseL2)
                    {
                        await StoreInL2Async<T>(lookup, flight.Snapshot, bson, expiry, ttl).ConfigureAwait(false);
                    }
                }
            }

            _inFlight.TryRemove(new KeyValuePair<string, InFlightLoad>(lookup.Key, flight));
            flight.Completion.TrySetResult(result);
        }
        catch (Exception exception)
        {
            // Failures are not cached: every waiter gets this error and the next caller tries again.
            _inFlight.TryRemove(new KeyValuePair<string, InFlightLoad>(lookup.Key, flight));
            flight.Completion.TrySetException(exception);
        }
    }

    private LoadedResult? TryLoadFromL1<T>(in CacheLookup lookup, in GenerationSnapshot snapshot)
    {
        if (_l1.TryGetValue(lookup.Key, out var cached)
            && cached is CachedEntry entry
            && entry.ResultType == typeof(T)
            && entry.Snapshot.LocalMatches(snapshot)
            && (!_strictDistributed || entry.Snapshot.TokensMatch(snapshot)))
        {
            var value = entry.Bson is null ? entry.SharedValue : ResultCodec<T>.Decode(entry.Bson, lookup.Registry ?? _registry);
            return new LoadedResult(value, entry.Bson, LoadSource.L1);
        }

        return null;
    }

    private async ValueTask<LoadedResult?> TryLoadFromL2Async<T>(CacheLookup lookup, GenerationSnapshot snapshot)
    {
        if (_l2 is null)
        {
            return null;
        }

        byte[]? stored;
        try
        {
            stored = await _l2.GetAsync(lookup.Key, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            QueryCacheLog.DistributedCacheFailed(_logger, exception, "get");
            return null;
        }

        if (stored is null
            || !DistributedEntryFormat.TryRead(stored, ResultCodec<T>.TypeFingerprint, snapshot, out var expiryMilliseconds, out var bson))
        {
            return null;
        }

        var expiry = DateTimeOffset.FromUnixTimeMilliseconds(expiryMilliseconds);
        if (expiry <= _timeProvider.GetUtcNow())
        {
            return null;
        }

        T value;
        try
        {
            value = ResultCodec<T>.Decode(bson, lookup.Registry ?? _registry);
        }
        catch (BsonSerializationException exception)
        {
            QueryCacheLog.DistributedCacheFailed(_logger, exception, "decode");
            return null;
        }

        var bsonCopy = bson.ToArray();
        if (CaptureLocal(lookup).LocalMatches(snapshot))
        {
            StoreInL1(lookup, snapshot, value, bsonCopy, expiry);
        }

        QueryCacheLog.Hit(_logger, "L2", lookup.Key);
        return new LoadedResult(value, bsonCopy, LoadSource.L2);
    }

    private void StoreInL1<T>(in CacheLookup lookup, in GenerationSnapshot snapshot, T value, byte[] bson, DateTimeOffset expiry)
    {
        var shared = IsShared<T>();
        var size = bson.Length + (lookup.Key.Length * sizeof(char)) + EntryOverheadBytes;
        var cached = new CachedEntry(typeof(T), shared ? null : bson, shared ? value : null, snapshot, expiry.ToUnixTimeMilliseconds(), size, CachedHit<T>.Factory);
        using var entry = _l1.CreateEntry(lookup.Key);
        entry.Value = cached;
        entry.Size = size;
        Interlocked.Add(ref _estimatedSize, size);
        entry.AbsoluteExpiration = expiry;
        if (lookup.Policy.SlidingExpiration is { } sliding)
        {
            entry.SlidingExpiration = sliding;
        }

        entry.RegisterPostEvictionCallback(s_onEvicted, this);
    }

    private async ValueTask StoreInL2Async<T>(CacheLookup lookup, GenerationSnapshot snapshot, byte[] bson, DateTimeOffset expiry, TimeSpan ttl)
    {
        if (_l2 is null)
        {
            return;
        }

        var options = new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = ttl,
            SlidingExpiration = lookup.Policy.SlidingExpiration,
        };
        try
        {
            var payload = DistributedEntryFormat.Write(expiry.ToUnixTimeMilliseconds(), ResultCodec<T>.TypeFingerprint, snapshot, bson);
            await _l2.SetAsync(lookup.Key, payload, options, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            QueryCacheLog.DistributedCacheFailed(_logger, exception, "set");
        }
    }

    private async ValueTask<GenerationSnapshot?> TryReadTokensAsync(CacheLookup lookup, GenerationSnapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            var collectionToken = await ReadTokenAsync(Keys.ForCollectionGeneration(lookup.DatabaseName, lookup.CollectionName), cancellationToken).ConfigureAwait(false);
            var tags = lookup.Policy.TagArray;
            long[]? tagTokens = null;
            if (tags.Length > 0)
            {
                tagTokens = new long[tags.Length];
                for (var i = 0; i < tags.Length; i++)
                {
                    tagTokens[i] = await ReadTokenAsync(Keys.ForTagGeneration(tags[i]), cancellationToken).ConfigureAwait(false);
                }
            }

            return snapshot.WithTokens(collectionToken, tagTokens);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            QueryCacheLog.DistributedCacheFailed(_logger, exception, "read generation");
            return null;
        }
    }

    private async ValueTask<long> ReadTokenAsync(string key, CancellationToken cancellationToken)
    {
        var bytes = await _l2!.GetAsync(key, cancellationToken).ConfigureAwait(false);
        return bytes is { Length: sizeof(long) } ? BinaryPrimitives.ReadInt64LittleEndian(bytes) : 0;
    }

    private async ValueTask WriteTokenAsync(string key, CancellationToken cancellationToken)
    {
        var token = new byte[sizeof(long)];
        do
        {
            RandomNumberGenerator.Fill(token);
        }
        while (BinaryPrimitives.ReadInt64LittleEndian(token) == 0);

        try
        {
            await _l2!.SetAsync(key, token, new DistributedCacheEntryOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The write itself has happened; other instances see it once their entries expire.
            QueryCacheLog.DistributedCacheFailed(_logger, exception, "write generation");
        }
    }

    private async ValueTask<T> BypassAsync<T>(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        CountLoad(LoadSource.Database);
        return await load(cancellationToken).ConfigureAwait(false);
    }

    private void CountLoad(LoadSource source)
    {
        if (source == LoadSource.L1)
        {
            Interlocked.Increment(ref _l1Hits);
            _metrics.L1Hit();
            return;
        }

        if (source == LoadSource.L2)
        {
            Interlocked.Increment(ref _l2Hits);
            _metrics.L2Hit();
            return;
        }

        if (_l2 is not null)
        {
            Interlocked.Increment(ref _l2Misses);
        }

        Interlocked.Increment(ref _misses);
        _metrics.Miss();
    }

    private T Materialize<T>(LoadedResult result, BsonSerializerRegistry registry) =>
        result.Bson is null || IsShared<T>() ? (T)result.Value! : ResultCodec<T>.Decode(result.Bson, registry);

    private byte[]? TryEncode<T>(T value, BsonSerializerRegistry registry)
    {
        try
        {
            return ResultCodec<T>.Encode(value, registry);
        }
        catch (BsonSerializationException exception)
        {
            QueryCacheLog.EncodeFailed(_logger, exception, typeof(T).Name);
            return null;
        }
    }

    private bool IsShared<T>() =>
        ResultCodec<T>.IsImmutable || _sharedTypes.GetOrAdd(typeof(T), static (type, shared) => IsDeclaredShared(type, shared), _options.SharedInstanceTypes);

    private static bool IsDeclaredShared(Type type, IReadOnlySet<Type> shared)
    {
        if (shared.Contains(type))
        {
            return true;
        }

        if (type.IsArray)
        {
            return shared.Contains(type.GetElementType()!);
        }

        return type.IsGenericType && type.GetGenericArguments().Any(shared.Contains);
    }

    private static void OnEvicted(object key, object? value, EvictionReason reason, object? state)
    {
        // Called once for every entry that was stored and has left the cache (also when it was replaced or removed,
        // or never admitted because it did not fit).
        var engine = (QueryCacheEngine)state!;
        if (value is CachedEntry entry)
        {
            Interlocked.Add(ref engine._estimatedSize, -entry.Size);
        }

        if (reason is EvictionReason.Capacity or EvictionReason.Expired or EvictionReason.TokenExpired)
        {
            Interlocked.Increment(ref engine._evictions);
            engine._metrics.Eviction();
        }
    }

    /// <summary>A load in progress, joined by concurrent misses that captured the same generations.</summary>
    private sealed class InFlightLoad(GenerationSnapshot snapshot, bool useL2)
    {
        public GenerationSnapshot Snapshot { get; } = snapshot;

        public bool UseL2 { get; } = useL2;

        public TaskCompletionSource<LoadedResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The outcome of a shared load: the value handed to the caller that started it, and its BSON for the others.</summary>
    private sealed class LoadedResult(object? value, byte[]? bson, LoadSource source)
    {
        public object? Value { get; } = value;

        public byte[]? Bson { get; } = bson;

        public LoadSource Source { get; } = source;
    }

    /// <summary>Where a shared load found its result.</summary>
    private enum LoadSource
    {
        Database,
        L1,
        L2,
    }
}
