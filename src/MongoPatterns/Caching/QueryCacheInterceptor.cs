using System.Collections.Concurrent;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Querying;
using MongoPatterns.Repositories;
using MongoPatterns.Transactions;

namespace MongoPatterns.Caching;

/// <summary>
/// The query-execution seam with caching: a query or a read by id carrying a <see cref="CachePolicy"/> (set by
/// <c>WithCache</c> or passed to <c>GetByIdAsync</c>) is answered by <see cref="QueryCacheEngine"/>; any other runs as
/// is. What a key needs besides the operation is computed once: per query model (its hash, kept on the model) and per
/// repository (the by-id key scope), and the key of the last operation run on a model is kept with it.
/// </summary>
internal sealed class QueryCacheInterceptor(QueryCacheEngine engine, IEntitySerializerSource serializers) : IQueryExecutionInterceptor
{
    public Task<TResult> ExecuteAsync<TState, TResult>(FindQueryModel model, string operation, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(execute);
        if (!IsCached(model.CachePolicy, out var policy))
        {
            return execute(state, cancellationToken);
        }

        return engine.GetOrLoadAsync(QueryLookup(model, operation, policy), state, execute, cancellationToken);
    }

    public object? TryAnswer(FindQueryModel model, string operation, Type resultType)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!IsCached(model.CachePolicy, out var policy))
        {
            return null;
        }

        var lookup = QueryLookup(model, operation, policy);
        return engine.TryGetHit(lookup, resultType);
    }

    public object? TryAnswerGetById(in GetByIdModel model, Type resultType)
    {
        if (!IsCached(model.CachePolicy, out var policy))
        {
            return null;
        }

        var lookup = IdLookup(model, policy);
        return engine.TryGetHit(lookup, resultType);
    }

    public Task<TResult> ExecuteGetByIdAsync<TState, TResult>(in GetByIdModel model, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        if (!IsCached(model.CachePolicy, out var policy))
        {
            return execute(state, cancellationToken);
        }

        return engine.GetOrLoadAsync(IdLookup(model, policy), state, execute, cancellationToken);
    }

    private CacheLookup QueryLookup(FindQueryModel model, string operation, CachePolicy policy)
    {
        var prepared = model.InterceptorState as PreparedQuery ?? Prepare(model);
        var key = policy.Key is { } explicitKey ? prepared.ExplicitKey(engine.Keys, explicitKey) : prepared.QueryKey(engine.Keys, operation);
        return new CacheLookup(key, model.DatabaseName, model.CollectionName, policy, prepared.Registry, prepared.Generation);
    }

    private CacheLookup IdLookup(in GetByIdModel model, CachePolicy policy)
    {
        var scope = model.InterceptorState.Value as IdScope ?? CreateIdScope(model);
        var key = policy.Key is { } explicitKey ? engine.Keys.ForExplicitKey(explicitKey) : scope.KeyOf(engine.Keys, model.Id);
        return new CacheLookup(key, model.DatabaseName, model.CollectionName, policy, scope.Registry, scope.Generation);
    }

    // Inside a transaction a read must see the transaction's own uncommitted writes and must not publish them to other
    // callers, so it bypasses the cache in both directions.
    private bool IsCached(object? requested, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CachePolicy? policy)
    {
        policy = requested as CachePolicy;
        return policy is not null && engine.IsEnabled && TransactionContext.Current is not { IsActive: true };
    }

    private PreparedQuery Prepare(FindQueryModel model)
    {
        var parts = new QueryKeyParts(
            model.DatabaseName,
            model.CollectionName,
            model.ResultType,
            model.Filter,
            model.Sort,
            model.Projection,
            model.Skip,
            model.Limit,
            model.IncludeDeleted);
        var prepared = new PreparedQuery(
            CacheKeyBuilder.HashQuery(parts),
            serializers.GetSerializerRegistry(model.EntityType),
            engine.CollectionGeneration(model.DatabaseName, model.CollectionName));
        model.InterceptorState = prepared;
        return prepared;
    }

    private IdScope CreateIdScope(in GetByIdModel model)
    {
        var scope = new IdScope(
            engine.Keys.ForIdScope(model.DatabaseName, model.CollectionName, model.EntityType),
            serializers.GetSerializerRegistry(model.EntityType),
            engine.CollectionGeneration(model.DatabaseName, model.CollectionName));
        model.InterceptorState.Value = scope;
        return scope;
    }

    /// <summary>What a query model needs on every cached call, computed once, and the key of its last operation.</summary>
    private sealed class PreparedQuery(string hash, BsonSerializerRegistry registry, GenerationCell generation)
    {
        private KeyMemo? _last;

        public BsonSerializerRegistry Registry { get; } = registry;

        public GenerationCell Generation { get; } = generation;

        public string QueryKey(CacheKeyBuilder keys, string operation)
        {
            if (_last is { Explicit: false } last && string.Equals(last.Source, operation, StringComparison.Ordinal))
            {
                return last.Key;
            }

            var key = keys.ForQuery(hash, operation);
            _last = new KeyMemo(false, operation, key);
            return key;
        }

        public string ExplicitKey(CacheKeyBuilder keys, string explicitKey)
        {
            if (_last is { Explicit: true } last && string.Equals(last.Source, explicitKey, StringComparison.Ordinal))
            {
                return last.Key;
            }

            var key = keys.ForExplicitKey(explicitKey);
            _last = new KeyMemo(true, explicitKey, key);
            return key;
        }

        private sealed record KeyMemo(bool Explicit, string Source, string Key);
    }

    /// <summary>
    /// What reads by id of one repository need on every cached call, computed once, and the keys of recently read
    /// ObjectId ids (the ids a cache serves again and again), bounded: when full it starts over.
    /// </summary>
    private sealed class IdScope(string keyScope, BsonSerializerRegistry registry, GenerationCell generation)
    {
        private const int MaxRememberedKeys = 8_192;

        private readonly ConcurrentDictionary<ObjectId, string> _objectIdKeys = new();

        public BsonSerializerRegistry Registry { get; } = registry;

        public GenerationCell Generation { get; } = generation;

        public string KeyOf(CacheKeyBuilder keys, BsonValue id)
        {
            if (id is not BsonObjectId { Value: var objectId })
            {
                return keys.ForId(keyScope, id);
            }

            if (_objectIdKeys.TryGetValue(objectId, out var known))
            {
                return known;
            }

            var key = keys.ForId(keyScope, id);
            if (_objectIdKeys.Count >= MaxRememberedKeys)
            {
                _objectIdKeys.Clear();
            }

            _objectIdKeys.TryAdd(objectId, key);
            return key;
        }
    }
}
