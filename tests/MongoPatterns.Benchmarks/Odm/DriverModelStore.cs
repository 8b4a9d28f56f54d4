using MongoPatterns.Benchmarks.Odm.Models;
using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.Benchmarks.Odm;

/// <summary>The ODM operations through the raw driver: an <see cref="IMongoCollection{TDocument}"/> of the POCO model.</summary>
/// <typeparam name="TModel">The model type (mapped by its attributes).</typeparam>
internal sealed class DriverModelStore<TModel> : IModelStore<TModel>
    where TModel : class, IOdmModel
{
    /// <summary>The client name in results.</summary>
    public const string Name = "driver";

    private readonly IMongoDatabase _database;
    private readonly string _collectionName;
    private readonly IMongoCollection<TModel> _collection;

    /// <summary>Creates a store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="collectionName">The model's collection.</param>
    public DriverModelStore(IMongoDatabase database, string collectionName)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _collectionName = collectionName;
        _collection = database.GetCollection<TModel>(collectionName);
    }

    /// <inheritdoc/>
    public string ClientName => Name;

    /// <inheritdoc/>
    public Task ResetAsync(CancellationToken cancellationToken = default) => _database.DropCollectionAsync(_collectionName, cancellationToken);

    /// <inheritdoc/>
    public Task InsertAsync(TModel model, CancellationToken cancellationToken = default) =>
        _collection.InsertOneAsync(model, cancellationToken: cancellationToken);

    /// <inheritdoc/>
    public Task<TModel?> FindByIdAsync(ObjectId id, CancellationToken cancellationToken = default) =>
        _collection.Find(Builders<TModel>.Filter.Eq("_id", id)).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<TModel?> FindByIdAndFieldAsync(ObjectId id, string fieldPath, string value, CancellationToken cancellationToken = default)
    {
        var filter = Builders<TModel>.Filter;
        return _collection.Find(filter.And(filter.Eq("_id", id), filter.Eq(fieldPath, value))).FirstOrDefaultAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<int> FindManyAsync(string fieldPath, string value, CancellationToken cancellationToken = default)
    {
        var models = await _collection.Find(Builders<TModel>.Filter.Eq(fieldPath, value)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return models.Count;
    }

    /// <inheritdoc/>
    public Task UpdateFieldAsync(ObjectId id, string fieldPath, string value, CancellationToken cancellationToken = default) =>
        _collection.UpdateOneAsync(Builders<TModel>.Filter.Eq("_id", id), Builders<TModel>.Update.Set(fieldPath, value), cancellationToken: cancellationToken);
}
