using MongoPatterns.Benchmarks.Odm.Models;
using MongoPatterns.Benchmarks.Runner;

namespace MongoPatterns.Benchmarks.Odm;

/// <summary>Creates the stores every ODM task runs through: the raw driver and <c>Repository&lt;T&gt;</c>.</summary>
internal static class ModelStores
{
    /// <summary>The small flat model's collection.</summary>
    public const string SmallFlatCollection = "small_flat_model";

    /// <summary>The large flat model's collection.</summary>
    public const string LargeFlatCollection = "large_flat_model";

    /// <summary>The large nested model's collection.</summary>
    public const string LargeNestedCollection = "large_nested_model";

    /// <summary>Returns the stores for one model type, each on the model's own collection.</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="session">The session.</param>
    /// <param name="collectionName">The model's collection.</param>
    /// <returns>The stores, raw driver first.</returns>
    public static IReadOnlyList<IModelStore<TModel>> For<TModel>(BenchmarkSession session, string collectionName)
        where TModel : class, IOdmModel
    {
        ArgumentNullException.ThrowIfNull(session);
        return
        [
            new DriverModelStore<TModel>(session.Database, collectionName),
            new RepositoryModelStore<TModel>(session.Repositories.Get<TModel>(), session.Database, collectionName),
        ];
    }
}
