using System.Linq.Expressions;

namespace MongoPatterns.Driver;

/// <content>
/// The predicate overloads: <c>collection.Find(x =&gt; x.Age &gt; 30)</c>, <c>CountDocumentsAsync(x =&gt; ...)</c>,
/// <c>DeleteOneAsync(x =&gt; ...)</c>, ... Each wraps the predicate in an <see cref="ExpressionFilterDefinition{TDocument}"/>.
/// </content>
public static partial class IMongoCollectionExtensions
{
    /// <summary>Starts a fluent find with a predicate: <c>collection.Find(x =&gt; x.Age &gt; 30).SortBy(x =&gt; x.Name).ToListAsync()</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <returns>The fluent find.</returns>
    public static IFindFluent<TDocument, TDocument> Find<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, FindOptions? options = null) =>
        collection.Find(Where(filter), options);

    /// <summary>Finds the documents matching a predicate.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The cursor.</returns>
    public static Task<IAsyncCursor<TDocument>> FindAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, FindOptions<TDocument>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.FindAsync(Where(filter), options, cancellationToken);
    }

    /// <summary>Counts the documents matching a predicate.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of matching documents.</returns>
    public static Task<long> CountDocumentsAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, CountOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.CountDocumentsAsync(Where(filter), options, cancellationToken);
    }

    /// <summary>Deletes the first document matching a predicate.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    public static Task<DeleteResult> DeleteOneAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.DeleteOneAsync(Where(filter), options, cancellationToken);
    }

    /// <summary>Deletes every document matching a predicate.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    public static Task<DeleteResult> DeleteManyAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.DeleteManyAsync(Where(filter), options, cancellationToken);
    }

    /// <summary>Replaces the first document matching a predicate.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="replacement">The replacement document.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    public static Task<ReplaceOneResult> ReplaceOneAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, TDocument replacement, ReplaceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.ReplaceOneAsync(Where(filter), replacement, options, cancellationToken);
    }

    /// <summary>Updates the first document matching a predicate.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="update">The update.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    public static Task<UpdateResult> UpdateOneAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, UpdateDefinition<TDocument> update, UpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.UpdateOneAsync(Where(filter), update, options, cancellationToken);
    }

    /// <summary>Updates every document matching a predicate.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="update">The update.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    public static Task<UpdateResult> UpdateManyAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, UpdateDefinition<TDocument> update, UpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.UpdateManyAsync(Where(filter), update, options, cancellationToken);
    }

    /// <summary>Deletes the first document matching a predicate and returns it.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The deleted document, or <see langword="null"/> when none matched.</returns>
    public static Task<TDocument?> FindOneAndDeleteAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, FindOneAndDeleteOptions<TDocument>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.FindOneAndDeleteAsync(Where(filter), options, cancellationToken);
    }

    /// <summary>Replaces the first document matching a predicate and returns it (before or after, per the options).</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="replacement">The replacement document.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The document, or <see langword="null"/> when none matched.</returns>
    public static Task<TDocument?> FindOneAndReplaceAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, TDocument replacement, FindOneAndReplaceOptions<TDocument>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.FindOneAndReplaceAsync(Where(filter), replacement, options, cancellationToken);
    }

    /// <summary>Updates the first document matching a predicate and returns it (before or after, per the options).</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="update">The update.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The document, or <see langword="null"/> when none matched.</returns>
    public static Task<TDocument?> FindOneAndUpdateAsync<TDocument>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, bool>> filter, UpdateDefinition<TDocument> update, FindOneAndUpdateOptions<TDocument>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.FindOneAndUpdateAsync(Where(filter), update, options, cancellationToken);
    }

    /// <summary>The distinct values of a field among the documents matching a predicate.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The field's value type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="field">The field lambda.</param>
    /// <param name="filter">The predicate.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The cursor of distinct values.</returns>
    public static Task<IAsyncCursor<TField>> DistinctAsync<TDocument, TField>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, TField>> field, Expression<Func<TDocument, bool>> filter, DistinctOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.DistinctAsync(new ExpressionFieldDefinition<TDocument, TField>(field), Where(filter), options, cancellationToken);
    }

    /// <summary>The distinct values of a field among the documents matching a filter.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The field's value type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="field">The field lambda.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The cursor of distinct values.</returns>
    public static Task<IAsyncCursor<TField>> DistinctAsync<TDocument, TField>(this IMongoCollection<TDocument> collection, Expression<Func<TDocument, TField>> field, FilterDefinition<TDocument> filter, DistinctOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.DistinctAsync(new ExpressionFieldDefinition<TDocument, TField>(field), filter, options, cancellationToken);
    }

    private static ExpressionFilterDefinition<TDocument> Where<TDocument>(Expression<Func<TDocument, bool>> filter) => new(filter);
}
