using MongoPatterns.Caching;

namespace MongoPatterns.DependencyInjection;

/// <summary>Adds the query cache from the MongoPatterns builder: <c>services.AddMongoPatterns(...).AddQueryCache(o =&gt; ...)</c>.</summary>
public static class MongoPatternsBuilderCacheExtensions
{
    /// <summary>
    /// Adds the query cache so that <c>WithCache(...)</c> queries are cached and repository writes invalidate them.
    /// Settings come from <c>MongoPatternsOptions.Caching</c> (section <c>MongoPatterns:Caching</c>), then
    /// <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The MongoPatterns builder.</param>
    /// <param name="configure">Configures the cache options, or null.</param>
    /// <returns>The builder, for chaining.</returns>
    public static MongoPatternsBuilder AddQueryCache(this MongoPatternsBuilder builder, Action<QueryCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Microsoft.Extensions.DependencyInjection.QueryCacheServiceCollectionExtensions.AddQueryCache(builder.Services, configure ?? (static _ => { }));
        return builder;
    }
}
