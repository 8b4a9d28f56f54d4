using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>Creates, lists and drops the indexes of a collection (Index Management specification).</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public interface IMongoIndexManager<TDocument>
{
    /// <summary>Gets the collection's full name.</summary>
    CollectionNamespace CollectionNamespace { get; }

    /// <summary>Gets the document serializer (used to render keys).</summary>
    IBsonSerializer<TDocument> DocumentSerializer { get; }

    /// <summary>Creates an index (nothing happens when an identical one exists).</summary>
    /// <param name="model">The keys and options.</param>
    /// <param name="options">Command options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The index name (given, or generated from the keys such as <c>a_1_b_-1</c>).</returns>
    Task<string> CreateOneAsync(CreateIndexModel<TDocument> model, CreateManyIndexesOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates several indexes in one command.</summary>
    /// <param name="models">The indexes.</param>
    /// <param name="options">Command options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The index names, in order.</returns>
    Task<IEnumerable<string>> CreateManyAsync(IEnumerable<CreateIndexModel<TDocument>> models, CreateManyIndexesOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the indexes (<c>{ v, key, name, ... }</c>); a missing collection has none.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of index descriptions.</returns>
    Task<IAsyncCursor<BsonDocument>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the index names.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of names.</returns>
    Task<IAsyncCursor<string>> ListNamesAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops an index by name.</summary>
    /// <param name="name">The index name (not <c>*</c>; use <see cref="DropAllAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the index is dropped.</returns>
    /// <exception cref="MongoCommandException">No index has that name (code 27, IndexNotFound).</exception>
    Task DropOneAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Drops every index except the one on <c>_id</c>.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the indexes are dropped.</returns>
    Task DropAllAsync(CancellationToken cancellationToken = default);
}
