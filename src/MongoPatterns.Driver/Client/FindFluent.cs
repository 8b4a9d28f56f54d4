using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>The fluent find behind <see cref="IFindFluent{TDocument, TProjection}"/>; it runs through the collection's public find and count.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TProjection">The result type.</typeparam>
internal sealed class FindFluent<TDocument, TProjection> : IFindFluent<TDocument, TProjection>
{
    private static readonly BsonDocument IdOnly = new("_id", 1);
    private readonly IMongoCollection<TDocument> _collection;

    public FindFluent(IMongoCollection<TDocument> collection, FilterDefinition<TDocument> filter, FindOptions<TDocument, TProjection> options)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(filter);
        _collection = collection;
        Filter = filter;
        Options = options;
    }

    public FilterDefinition<TDocument> Filter { get; set; }

    public FindOptions<TDocument, TProjection> Options { get; }

    public IFindFluent<TDocument, TProjection> Sort(SortDefinition<TDocument> sort)
    {
        Options.Sort = sort;
        return this;
    }

    public IFindFluent<TDocument, TProjection> Skip(int? skip)
    {
        Options.Skip = skip;
        return this;
    }

    public IFindFluent<TDocument, TProjection> Limit(int? limit)
    {
        Options.Limit = limit;
        return this;
    }

    public IFindFluent<TDocument, TProjection> BatchSize(int? batchSize)
    {
        Options.BatchSize = batchSize;
        return this;
    }

    public IFindFluent<TDocument, TNewProjection> Project<TNewProjection>(ProjectionDefinition<TDocument, TNewProjection> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var options = CopyOptions<TNewProjection>();
        options.Projection = projection;
        return new FindFluent<TDocument, TNewProjection>(_collection, Filter, options);
    }

    public IFindFluent<TDocument, BsonDocument> Project(ProjectionDefinition<TDocument, BsonDocument> projection) => Project<BsonDocument>(projection);

    public Task<IAsyncCursor<TProjection>> ToCursorAsync(CancellationToken cancellationToken = default) =>
        _collection.FindAsync(Filter, Options, cancellationToken);

    public Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default) =>
        _collection.CountDocumentsAsync(Filter, new CountOptions
        {
            Collation = Options.Collation,
            Comment = Options.Comment,
            Hint = Options.Hint,
            Limit = Options.Limit is > 0 ? Options.Limit : null,
            MaxTime = Options.MaxTime,
            Skip = Options.Skip is > 0 ? Options.Skip : null,
        }, cancellationToken);

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        var options = CopyOptions<BsonDocument>();
        options.Projection = IdOnly;
        options.Limit = 1;
        options.Sort = null;
        var cursor = await _collection.FindAsync(Filter, options, cancellationToken).ConfigureAwait(false);
        return await cursor.AnyAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TProjection?> FirstOrDefaultAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await _collection.FindAsync(Filter, WithLimit(1), cancellationToken).ConfigureAwait(false);
        return await cursor.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TProjection> FirstAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await _collection.FindAsync(Filter, WithLimit(1), cancellationToken).ConfigureAwait(false);
        return await cursor.FirstAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TProjection?> SingleOrDefaultAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await _collection.FindAsync(Filter, WithLimit(2), cancellationToken).ConfigureAwait(false);
        return await cursor.SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TProjection> SingleAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await _collection.FindAsync(Filter, WithLimit(2), cancellationToken).ConfigureAwait(false);
        return await cursor.SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<List<TProjection>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var cursor = await ToCursorAsync(cancellationToken).ConfigureAwait(false);
        return await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<TProjection> ToAsyncEnumerable() => AsyncCursorSourceExtensions.ToAsyncEnumerable(this);

    /// <summary>Returns the fluent find's textual form, e.g. <c>find({ a: 1 }).sort({ b: -1 }).limit(10)</c>.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder("find(").Append(Filter is BsonDocumentFilterDefinition<TDocument> document ? document.Document.ToString() : Filter.GetType().Name).Append(')');
        if (Options.Skip is { } skip)
        {
            text.Append(".skip(").Append(skip).Append(')');
        }

        if (Options.Limit is { } limit)
        {
            text.Append(".limit(").Append(limit).Append(')');
        }

        return text.ToString();
    }

    private FindOptions<TDocument, TProjection> WithLimit(int limit)
    {
        var options = CopyOptions<TProjection>();
        options.Projection = Options.Projection;
        options.Limit = Options.Limit is { } existing && existing != 0 && Math.Abs(existing) < limit ? existing : limit;
        return options;
    }

    private FindOptions<TDocument, TNew> CopyOptions<TNew>() => new()
    {
        AllowDiskUse = Options.AllowDiskUse,
        AllowPartialResults = Options.AllowPartialResults,
        BatchSize = Options.BatchSize,
        Collation = Options.Collation,
        Comment = Options.Comment,
        CursorType = Options.CursorType,
        Hint = Options.Hint,
        Let = Options.Let,
        Limit = Options.Limit,
        Max = Options.Max,
        MaxAwaitTime = Options.MaxAwaitTime,
        MaxTime = Options.MaxTime,
        Min = Options.Min,
        NoCursorTimeout = Options.NoCursorTimeout,
        ReturnKey = Options.ReturnKey,
        ShowRecordId = Options.ShowRecordId,
        Skip = Options.Skip,
        Sort = Options.Sort,
    };
}
