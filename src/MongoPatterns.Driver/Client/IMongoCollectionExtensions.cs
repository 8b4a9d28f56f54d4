using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>The fluent find entry point and convenience overloads of <see cref="IMongoCollection{TDocument}"/>.</summary>
public static partial class IMongoCollectionExtensions
{
    /// <summary>Starts a fluent find: <c>collection.Find(filter).Sort(...).Limit(10).ToListAsync()</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="options">Options other than sort, skip, limit and projection, or <see langword="null"/>.</param>
    /// <returns>The fluent query.</returns>
    public static IFindFluent<TDocument, TDocument> Find<TDocument>(this IMongoCollection<TDocument> collection, FilterDefinition<TDocument> filter, FindOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(filter);
        var findOptions = new FindOptions<TDocument, TDocument>
        {
            AllowDiskUse = options?.AllowDiskUse,
            AllowPartialResults = options?.AllowPartialResults,
            BatchSize = options?.BatchSize,
            Collation = options?.Collation,
            Comment = options?.Comment,
            CursorType = options?.CursorType ?? CursorType.NonTailable,
            Hint = options?.Hint,
            Let = options?.Let,
            Max = options?.Max,
            MaxAwaitTime = options?.MaxAwaitTime,
            MaxTime = options?.MaxTime,
            Min = options?.Min,
            NoCursorTimeout = options?.NoCursorTimeout,
            ReturnKey = options?.ReturnKey,
            ShowRecordId = options?.ShowRecordId,
        };
        return new FindFluent<TDocument, TDocument>(collection, filter, findOptions);
    }

    /// <summary>Runs an aggregation given as stage documents.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="stages">The stages.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cursor of result documents.</returns>
    public static Task<IAsyncCursor<BsonDocument>> AggregateAsync<TDocument>(this IMongoCollection<TDocument> collection, IEnumerable<BsonDocument> stages, AggregateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return collection.AggregateAsync(PipelineDefinition<TDocument, BsonDocument>.Create(stages), options, cancellationToken);
    }
}
