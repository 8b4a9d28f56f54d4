using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Cursors;
using MongoPatterns.Driver.Operations;

namespace MongoPatterns.Driver;

/// <summary>The index manager behind <see cref="IMongoIndexManager{TDocument}"/>: <c>createIndexes</c>, <c>listIndexes</c>, <c>dropIndexes</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class MongoIndexManager<TDocument>(MongoCollection<TDocument> collection) : IMongoIndexManager<TDocument>
{
    public CollectionNamespace CollectionNamespace => collection.CollectionNamespace;

    public IBsonSerializer<TDocument> DocumentSerializer => collection.DocumentSerializer;

    public async Task<string> CreateOneAsync(CreateIndexModel<TDocument> model, CreateManyIndexesOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var names = await CreateManyAsync([model], options, cancellationToken).ConfigureAwait(false);
        return names.Single();
    }

    public async Task<IEnumerable<string>> CreateManyAsync(IEnumerable<CreateIndexModel<TDocument>> models, CreateManyIndexesOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        var indexes = models.Select(model => IndexSpecifications.Create(model.Keys.Render(collection.RenderArgs), model.Options)).ToList();
        if (indexes.Count == 0)
        {
            throw new ArgumentException("Give at least one index to create.", nameof(models));
        }

        var command = new BsonDocument { { "createIndexes", CollectionNamespace.CollectionName }, { "indexes", new BsonArray(indexes) } };
        command.AddMaxTime(options?.MaxTime);
        command.AddIfNotNull("comment", options?.Comment);
        await collection.RunWriteCommandAsync(command, "createIndexes", cancellationToken).ConfigureAwait(false);
        return indexes.Select(index => index["name"].AsString).ToList();
    }

    public Task<IAsyncCursor<BsonDocument>> ListAsync(CancellationToken cancellationToken = default) =>
        collection.Execute(new ListIndexesOperation(CollectionNamespace), "listIndexes", cancellationToken);

    public async Task<IAsyncCursor<string>> ListNamesAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await ListAsync(cancellationToken).ConfigureAwait(false);
        return new MappedCursor<BsonDocument, string>(cursor, index => index["name"].AsString);
    }

    public async Task DropOneAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name == "*")
        {
            throw new ArgumentException("DropOneAsync drops one index by name; use DropAllAsync to drop every index.", nameof(name));
        }

        await DropAsync(name, cancellationToken).ConfigureAwait(false);
    }

    public Task DropAllAsync(CancellationToken cancellationToken = default) => DropAsync("*", cancellationToken);

    private async Task DropAsync(string name, CancellationToken cancellationToken) =>
        await collection.RunWriteCommandAsync(new BsonDocument { { "dropIndexes", CollectionNamespace.CollectionName }, { "index", name } }, "dropIndexes", cancellationToken).ConfigureAwait(false);
}
