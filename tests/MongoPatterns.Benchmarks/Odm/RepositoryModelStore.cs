using MongoPatterns.Benchmarks.Odm.Models;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Repositories;

namespace MongoPatterns.Benchmarks.Odm;

/// <summary>The ODM operations through <see cref="Repository{T}"/>, the way an application would write them.</summary>
/// <typeparam name="TModel">The model type.</typeparam>
internal sealed class RepositoryModelStore<TModel> : IModelStore<TModel>
    where TModel : class, IOdmModel
{
    /// <summary>The client name in results.</summary>
    public const string Name = "repository";

    private readonly Repository<TModel> _repository;
    private readonly IMongoDatabase _database;
    private readonly string _collectionName;

    /// <summary>Creates a store.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="database">The database, used only to drop the collection between iterations.</param>
    /// <param name="collectionName">The repository's collection.</param>
    public RepositoryModelStore(Repository<TModel> repository, IMongoDatabase database, string collectionName)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(database);
        _repository = repository;
        _database = database;
        _collectionName = collectionName;
    }

    /// <inheritdoc/>
    public string ClientName => Name;

    /// <inheritdoc/>
    public Task ResetAsync(CancellationToken cancellationToken = default) => _database.DropCollectionAsync(_collectionName, cancellationToken);

    /// <inheritdoc/>
    public Task InsertAsync(TModel model, CancellationToken cancellationToken = default) => _repository.InsertAsync(model, cancellationToken);

    /// <inheritdoc/>
    public Task<TModel?> FindByIdAsync(ObjectId id, CancellationToken cancellationToken = default) => _repository.GetByIdAsync(id, cancellationToken);

    /// <inheritdoc/>
    public Task<TModel?> FindByIdAndFieldAsync(ObjectId id, string fieldPath, string value, CancellationToken cancellationToken = default)
    {
        var filter = Builders<TModel>.Filter;
        return _repository.Find(filter.And(filter.Eq("_id", id), filter.Eq(fieldPath, value))).FirstOrDefaultAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<int> FindManyAsync(string fieldPath, string value, CancellationToken cancellationToken = default)
    {
        var models = await _repository.Find(Builders<TModel>.Filter.Eq(fieldPath, value)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return models.Count;
    }

    /// <inheritdoc/>
    public Task UpdateFieldAsync(ObjectId id, string fieldPath, string value, CancellationToken cancellationToken = default) =>
        _repository.UpdateAsync(id, update => update.Set(fieldPath, value), cancellationToken);
}
