using System.Runtime.CompilerServices;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Configuration;
using MongoPatterns.Diagnostics;
using MongoPatterns.Driver;
using MongoPatterns.Entities;
using MongoPatterns.Paging;
using MongoPatterns.Querying;
using MongoPatterns.Transactions;

namespace MongoPatterns.Repositories;

/// <summary>Everything a repository of <typeparamref name="T"/> and its queries share; built once per entity type.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class RepositoryContext<T>
    where T : class
{
    private readonly IRepositoryWriteObserver[] _observers;
    private readonly TimeProvider _time;

    public RepositoryContext(
        EntityConfiguration<T> configuration,
        IMongoCollection<T> collection,
        BsonSerializerRegistry registry,
        MongoPatternsOptions options,
        TimeProvider time,
        IQueryExecutionInterceptor interceptor,
        IRepositoryWriteObserver[] observers,
        ContinuationTokenProtector tokens,
        RepositoryTelemetry telemetry)
    {
        Configuration = configuration;
        Metadata = new EntityMetadata<T>(registry.GetClassMap<T>(), collection.DocumentSerializer);
        Operations = new CollectionOperations<T>(collection, Metadata.ClassMap);
        RenderArgs = new RenderArgs<T>(collection.DocumentSerializer, registry);
        Options = options;
        _time = time;
        Interceptor = interceptor;
        _observers = observers;
        Tokens = tokens;
        Telemetry = telemetry;
        DatabaseName = collection.CollectionNamespace.DatabaseNamespace.DatabaseName;
        CollectionName = collection.CollectionNamespace.CollectionName;
    }

    public EntityConfiguration<T> Configuration { get; }

    public EntityMetadata<T> Metadata { get; }

    public CollectionOperations<T> Operations { get; }

    public RenderArgs<T> RenderArgs { get; }

    public MongoPatternsOptions Options { get; }

    public IQueryExecutionInterceptor Interceptor { get; }

    /// <summary>Gets the slot where <see cref="Interceptor"/> keeps what it computes once per repository.</summary>
    public StrongBox<object?> InterceptorState { get; } = new(null);

    public ContinuationTokenProtector Tokens { get; }

    public RepositoryTelemetry Telemetry { get; }

    /// <summary>Gets the server-side database name.</summary>
    public string DatabaseName { get; }

    public string CollectionName { get; }

    /// <summary>Gets the current UTC time truncated to milliseconds (what BSON stores), so stamped entities equal what is read back.</summary>
    public DateTime UtcNow()
    {
        var ticks = _time.GetUtcNow().UtcDateTime.Ticks;
        return new DateTime(ticks - (ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    /// <summary>Adds the soft-delete clause (deleted-at element is null) to a rendered filter unless deleted documents are included.</summary>
    public BsonDocument ApplySoftDelete(BsonDocument filter, bool includeDeleted)
    {
        var element = Metadata.DeletedAtElement;
        if (element is null || includeDeleted)
        {
            return filter;
        }

        if (!filter.Contains(element))
        {
            var merged = new BsonDocument();
            foreach (var existing in filter)
            {
                merged.Add(existing);
            }

            return merged.Add(element, BsonNull.Value);
        }

        return new BsonDocument("$and", new BsonArray { filter, new BsonDocument(element, BsonNull.Value) });
    }

    public BsonDocument RenderFilter(FilterDefinition<T> filter, bool includeDeleted) => ApplySoftDelete(filter.Render(RenderArgs), includeDeleted);

    /// <summary>Tells the write observers about a write; inside an active transaction, defers that until the commit.</summary>
    public async ValueTask NotifyWrittenAsync(CancellationToken cancellationToken)
    {
        if (_observers.Length == 0)
        {
            return;
        }

        if (TransactionContext.Current is { IsActive: true } transaction)
        {
            transaction.Defer(DatabaseName, CollectionName, _observers);
            return;
        }

        foreach (var observer in _observers)
        {
            await observer.OnWrittenAsync(DatabaseName, CollectionName, cancellationToken).ConfigureAwait(false);
        }
    }
}
