using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MongoPatterns.Configuration;
using MongoPatterns.Diagnostics;
using MongoPatterns.Entities;
using MongoPatterns.Paging;
using MongoPatterns.Querying;

namespace MongoPatterns.Repositories;

/// <summary>Builds (once per entity type) the <see cref="RepositoryContext{T}"/> repositories share.</summary>
internal sealed class RepositoryContextFactory(
    EntityConfigurationRegistry entities,
    EntityCollectionFactory collections,
    IEntitySerializerSource serializers,
    IOptions<MongoPatternsOptions> options,
    TimeProvider time,
    IQueryExecutionInterceptor interceptor,
    IEnumerable<IRepositoryWriteObserver> observers,
    ContinuationTokenProtector tokens,
    ILoggerFactory? loggerFactory = null)
{
    private readonly ConcurrentDictionary<Type, object> _contexts = new();
    private readonly IRepositoryWriteObserver[] _observers = observers.ToArray();

    public RepositoryContext<T> Get<T>()
        where T : class =>
        (RepositoryContext<T>)_contexts.GetOrAdd(typeof(T), static (_, factory) => factory.Create<T>(), this);

    private RepositoryContext<T> Create<T>()
        where T : class
    {
        var configuration = entities.GetOrAdd<T>();
        var collection = collections.GetCollection(configuration);
        var logger = (ILogger?)loggerFactory?.CreateLogger<Repository<T>>() ?? NullLogger.Instance;
        var telemetry = new RepositoryTelemetry(typeof(T).Name, collection.CollectionNamespace.DatabaseNamespace.DatabaseName, configuration.CollectionName, logger);
        return new RepositoryContext<T>(configuration, collection, serializers.GetSerializerRegistry(typeof(T)), options.Value, time, interceptor, _observers, tokens, telemetry);
    }
}
