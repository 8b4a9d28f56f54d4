using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Caching;
using MongoPatterns.Querying;
using MongoPatterns.Repositories;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the MongoPatterns query cache (<see cref="IQueryCache"/>, used by <c>WithCache(...)</c>).</summary>
public static class QueryCacheServiceCollectionExtensions
{
    /// <summary>Adds the query cache with default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddQueryCache(this IServiceCollection services) =>
        AddQueryCache(services, static _ => { });

    /// <summary>
    /// Adds the query cache. An <c>IDistributedCache</c> registered in the container becomes its second level (unless
    /// <see cref="QueryCacheOptions.UseDistributedCache"/> is false). Options are validated at startup.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddQueryCache(this IServiceCollection services, Action<QueryCacheOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        // MongoPatternsOptions.Caching (section MongoPatterns:Caching) first, then the caller's settings.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<QueryCacheOptions>, QueryCacheOptionsFromMongoPatterns>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOptionsChangeTokenSource<QueryCacheOptions>, QueryCacheOptionsFromMongoPatterns>());
        services.AddOptions<QueryCacheOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QueryCacheOptions>, QueryCacheOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static provider => new QueryCacheEngine(
            provider.GetRequiredService<IOptionsMonitor<QueryCacheOptions>>(),
            provider.GetService<IDistributedCache>(),
            provider.GetService<BsonSerializerRegistry>(),
            provider.GetService<TimeProvider>(),
            provider.GetService<ILogger<QueryCacheEngine>>(),
            provider.GetService<IMeterFactory>()));
        services.TryAddSingleton<IQueryCache>(static provider => provider.GetRequiredService<QueryCacheEngine>());

        // The repository seams: cached execution of WithCache queries, and invalidation after every write.
        services.TryAddSingleton<IEntitySerializerSource, DefaultEntitySerializerSource>();
        services.Replace(ServiceDescriptor.Singleton<IQueryExecutionInterceptor, QueryCacheInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRepositoryWriteObserver, QueryCacheWriteObserver>());
        return services;
    }
}
