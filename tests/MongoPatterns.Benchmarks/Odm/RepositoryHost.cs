using MongoPatterns.Benchmarks.Odm.Models;
using MongoPatterns.Benchmarks.Runner;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace MongoPatterns.Benchmarks.Odm;

/// <summary>
/// The <c>Repository&lt;T&gt;</c> instances of the ODM models, built the way an application builds them
/// (<c>AddMongoPatterns</c> + <c>AddRepository&lt;T&gt;</c> in a service collection), connected to the benchmark server.
/// </summary>
internal sealed class RepositoryHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    /// <summary>Creates the host.</summary>
    /// <param name="connectionString">The benchmark server.</param>
    public RepositoryHost(string connectionString)
    {
        var services = new ServiceCollection();
        services
            .AddMongoPatterns(options =>
            {
                options.ConnectionString = connectionString;
                options.DatabaseName = BenchmarkSession.DatabaseName;

                // The find-many task reads 10,000 models in one query, which is also the default cap. (int.MaxValue overflows in
                // FindQuery: it asks the server for MaxResults + 1 documents.)
                options.MaxResults = 1_000_000;
            })
            .AddRepository<SmallFlatModel>(entity => entity.InCollection(ModelStores.SmallFlatCollection))
            .AddRepository<LargeFlatModel>(entity => entity.InCollection(ModelStores.LargeFlatCollection))
            .AddRepository<LargeNestedModel>(entity => entity.InCollection(ModelStores.LargeNestedCollection));
        _services = services.BuildServiceProvider();
    }

    /// <summary>Returns the repository of a model type.</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <returns>The repository.</returns>
    public Repository<TModel> Get<TModel>()
        where TModel : class => _services.GetRequiredService<Repository<TModel>>();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
