using System.Runtime.CompilerServices;
using MongoPatterns.Querying;
using MongoPatterns.Repositories;
using MongoPatterns.Transactions;

namespace MongoPatterns.Caching;

/// <summary>
/// The query-execution seam with caching: a query carrying a <see cref="CachePolicy"/> (set by <c>WithCache</c>) is
/// answered by <see cref="QueryCacheEngine"/>; any other runs as is. The key of a query is hashed once per rendered query
/// model and then combined with the terminal operation.
/// </summary>
internal sealed class QueryCacheInterceptor(QueryCacheEngine engine, IEntitySerializerSource serializers) : IQueryExecutionInterceptor
{
    private readonly ConditionalWeakTable<FindQueryModel, PreparedQuery> _prepared = new();
    private ConditionalWeakTable<FindQueryModel, PreparedQuery>.CreateValueCallback? _prepare;

    public ValueTask<TResult> ExecuteAsync<TResult>(FindQueryModel model, string operation, Func<CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(execute);
        // Inside a transaction a query must see the transaction's own uncommitted writes and must not publish them
        // to other callers, so it bypasses the cache in both directions.
        if (model.CachePolicy is not CachePolicy policy || !engine.IsEnabled || TransactionContext.Current is { IsActive: true })
        {
            return new ValueTask<TResult>(execute(cancellationToken));
        }

        if (!_prepared.TryGetValue(model, out var prepared))
        {
            prepared = _prepared.GetValue(model, _prepare ??= Prepare);
        }

        var key = policy.Key is { } explicitKey ? engine.Keys.ForExplicitKey(explicitKey) : engine.Keys.ForQuery(prepared.Hash, operation);
        var lookup = new CacheLookup(key, model.DatabaseName, model.CollectionName, policy, prepared.Registry, prepared.Generation);
        return engine.GetOrLoadAsync(lookup, execute, cancellationToken);
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
        return new PreparedQuery(
            CacheKeyBuilder.HashQuery(parts),
            serializers.GetSerializerRegistry(model.EntityType),
            engine.CollectionGeneration(model.DatabaseName, model.CollectionName));
    }

    /// <summary>What a query model needs on every cached call, computed once.</summary>
    private sealed record PreparedQuery(string Hash, Bson.Serialization.BsonSerializerRegistry Registry, GenerationCell Generation);
}
