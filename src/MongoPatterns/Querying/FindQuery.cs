using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Driver;
using MongoPatterns.Exceptions;
using MongoPatterns.Paging;
using MongoPatterns.Repositories;

namespace MongoPatterns.Querying;

/// <summary>
/// The query implementation. Immutable: builders return new instances. Terminal methods render the query once into
/// a <see cref="FindQueryModel"/> and run through <see cref="IQueryExecutionInterceptor"/>; driver calls go through
/// <see cref="CollectionOperations{T}"/>.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
internal class FindQuery<T, TResult> : IFindQuery<T, TResult>
    where T : class
{
    private static readonly BsonDocument IdOrder = new("_id", 1);
    private FindQueryModel? _model;

    internal FindQuery(RepositoryContext<T> context, FindQueryState<T> state, ProjectionDefinition<T, TResult>? projection)
    {
        Context = context;
        State = state;
        Projection = projection;
    }

    /// <summary>Gets the canonical model of this query (rendered on first use).</summary>
    internal FindQueryModel Model => _model ??= BuildModel();

    internal RepositoryContext<T> Context { get; }

    internal FindQueryState<T> State { get; }

    internal ProjectionDefinition<T, TResult>? Projection { get; }

    public IFindQuery<T, TResult> Where(Expression<Func<T, bool>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Where(Builders<T>.Filter.Where(filter));
    }

    public IFindQuery<T, TResult> Where(FilterDefinition<T> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return With(State with { Filter = ReferenceEquals(State.Filter, FilterDefinition<T>.Empty) ? filter : Builders<T>.Filter.And(State.Filter, filter) });
    }

    public IFindQuery<T, TResult> SortBy(Expression<Func<T, object?>> field) => With(State with { Sorts = [Builders<T>.Sort.Ascending(field)] });

    public IFindQuery<T, TResult> SortByDescending(Expression<Func<T, object?>> field) => With(State with { Sorts = [Builders<T>.Sort.Descending(field)] });

    public IFindQuery<T, TResult> ThenBy(Expression<Func<T, object?>> field) => With(State with { Sorts = [.. RequireSort(), Builders<T>.Sort.Ascending(field)] });

    public IFindQuery<T, TResult> ThenByDescending(Expression<Func<T, object?>> field) => With(State with { Sorts = [.. RequireSort(), Builders<T>.Sort.Descending(field)] });

    public IFindQuery<T, TResult> Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return With(State with { Skip = count });
    }

    public IFindQuery<T, TResult> Limit(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return With(State with { Limit = count });
    }

    public IFindQuery<T, TResult> IncludeDeleted() => With(State with { IncludeDeleted = true });

    public Task<IReadOnlyList<TResult>> ToListAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("list", this, static (query, ct) => query.ListCoreAsync(ct), cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("first", this, static (query, ct) => query.FirstCoreAsync(ct), cancellationToken);

    public Task<TResult?> SingleOrDefaultAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("single", this, static (query, ct) => query.SingleCoreAsync(ct), cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("any", this, static (query, ct) => query.AnyCoreAsync(ct), cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("count", this, static (query, ct) => query.CountCoreAsync("count", query.State.Limit, ct), cancellationToken);

    public async IAsyncEnumerable<TResult> AsAsyncEnumerable([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var model = Model;
        var options = CreateOptions(model.Sort, State.Skip, State.Limit);
        var cursor = await Context.Operations.FindAsync(model.Filter, options, cancellationToken).ConfigureAwait(false);
        await using (cursor.ConfigureAwait(false))
        {
            while (await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in cursor.Current)
                {
                    yield return item;
                }
            }
        }
    }

    public Task<Page<TResult>> ToPageAsync(int pageNumber, int pageSize, PageCountMode? countMode = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ValidatePageSize(pageSize);
        var mode = countMode ?? Context.Options.Paging.DefaultCountMode;
        var skip = ((long)pageNumber - 1) * pageSize;
        if (skip > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(pageNumber), pageNumber, $"Page {pageNumber} of size {pageSize} is too deep for offset paging; use keyset paging (ToKeysetPageAsync).");
        }

        var operation = string.Create(CultureInfo.InvariantCulture, $"page:{pageNumber}:{pageSize}:{mode}");
        return ExecuteAsync(operation, (Query: this, pageNumber, pageSize, Skip: (int)skip, mode), static (state, ct) => state.Query.PageCoreAsync(state.pageNumber, state.pageSize, state.Skip, state.mode, ct), cancellationToken);
    }

    public Task<KeysetPage<TResult>> ToKeysetPageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        ValidatePageSize(pageSize);
        var operation = string.Create(CultureInfo.InvariantCulture, $"keyset:{continuationToken}:{pageSize}");
        return ExecuteAsync(operation, (Query: this, continuationToken, pageSize), static (state, ct) => state.Query.KeysetCoreAsync(state.continuationToken, state.pageSize, ct), cancellationToken);
    }

    /// <summary>Returns a copy of this query with a cache policy attached (used by <c>WithCache(...)</c>).</summary>
    internal FindQuery<T, TResult> WithCachePolicy(object? policy) => With(State with { CachePolicy = policy });

    internal void ValidatePageSize(int pageSize)
    {
        var max = Context.Options.Paging.MaxPageSize;
        if (pageSize < 1 || pageSize > max)
        {
            ThrowHelper.ThrowPageSizeOutOfRange(pageSize, max);
        }
    }

    internal Task<TOut> ExecuteAsync<TState, TOut>(string operation, TState state, Func<TState, CancellationToken, Task<TOut>> execute, CancellationToken cancellationToken)
    {
        var model = Model;
        var interceptor = Context.Interceptor;
        return model.CachePolicy is not null && interceptor.TryAnswer(model, operation, typeof(TOut)) is Task<TOut> answered
            ? answered
            : interceptor.ExecuteAsync(model, operation, state, execute, cancellationToken);
    }

    internal async Task<List<TResult>> ReadAsync(string operation, BsonDocument filter, BsonDocument? sort, int? skip, int? limit, CancellationToken cancellationToken)
    {
        var scope = Context.Telemetry.Start(operation);
        try
        {
            var cursor = await Context.Operations.FindAsync(filter, CreateOptions(sort, skip, limit), cancellationToken).ConfigureAwait(false);
            var results = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsRead: results.Count);
            return results;
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }
    }

    protected virtual FindQuery<T, TResult> With(FindQueryState<T> state) => new(Context, state, Projection);

    private SortDefinition<T>[] RequireSort() =>
        State.Sorts.Length > 0 ? State.Sorts : ThrowHelper.ThrowNoPrimarySort<SortDefinition<T>[]>();

    private FindOptions<T, TResult> CreateOptions(BsonDocument? sort, int? skip, int? limit) => new()
    {
        Sort = sort is null ? null : (SortDefinition<T>)sort,
        Projection = Projection,
        Skip = skip,
        Limit = limit,
    };

    private async Task<IReadOnlyList<TResult>> ListCoreAsync(CancellationToken cancellationToken)
    {
        var model = Model;
        if (State.Limit is { } limit)
        {
            return await ReadAsync("find", model.Filter, model.Sort, State.Skip, limit, cancellationToken).ConfigureAwait(false);
        }

        // One more than the cap tells "exactly at the cap" from "over it"; int.MaxValue means uncapped.
        var max = Context.Options.MaxResults;
        var probe = max == int.MaxValue ? max : max + 1;
        var results = await ReadAsync("find", model.Filter, model.Sort, State.Skip, probe, cancellationToken).ConfigureAwait(false);
        if (results.Count > max)
        {
            ThrowHelper.ThrowMaxResultsExceeded(typeof(T), Context.CollectionName, max);
        }

        return results;
    }

    private async Task<TResult?> FirstCoreAsync(CancellationToken cancellationToken)
    {
        var results = await ReadAsync("find.first", Model.Filter, Model.Sort, State.Skip, 1, cancellationToken).ConfigureAwait(false);
        return results.Count == 0 ? default : results[0];
    }

    private async Task<TResult?> SingleCoreAsync(CancellationToken cancellationToken)
    {
        var limit = State.Limit is { } existing ? Math.Min(existing, 2) : 2;
        var results = await ReadAsync("find.single", Model.Filter, Model.Sort, State.Skip, limit, cancellationToken).ConfigureAwait(false);
        if (results.Count > 1)
        {
            ThrowHelper.ThrowMoreThanOne(typeof(T));
        }

        return results.Count == 0 ? default : results[0];
    }

    private async Task<bool> AnyCoreAsync(CancellationToken cancellationToken) =>
        await CountCoreAsync("find.any", 1, cancellationToken).ConfigureAwait(false) > 0;

    private async Task<long> CountCoreAsync(string operation, int? limit, CancellationToken cancellationToken)
    {
        var scope = Context.Telemetry.Start(operation);
        try
        {
            var count = await Context.Operations.CountAsync(Model.Filter, new CountOptions { Skip = State.Skip, Limit = limit }, cancellationToken).ConfigureAwait(false);
            scope.Complete();
            return count;
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }
    }

    private async Task<Page<TResult>> PageCoreAsync(int pageNumber, int pageSize, int skip, PageCountMode mode, CancellationToken cancellationToken)
    {
        var model = Model;
        var sort = model.Sort ?? IdOrder;
        var itemsTask = ReadAsync("page", model.Filter, sort, skip == 0 ? null : skip, mode == PageCountMode.None ? pageSize + 1 : pageSize, cancellationToken);
        Task<long>? countTask = mode switch
        {
            PageCountMode.Exact => Context.Operations.CountAsync(model.Filter, null, cancellationToken),
            PageCountMode.Estimated when model.Filter.ElementCount == 0 => Context.Operations.EstimatedCountAsync(cancellationToken),
            PageCountMode.Estimated => Context.Operations.CountAsync(model.Filter, null, cancellationToken),
            _ => null,
        };
        if (countTask is not null)
        {
            await Task.WhenAll(itemsTask, countTask).ConfigureAwait(false);
        }

        var items = await itemsTask.ConfigureAwait(false);
        if (countTask is null)
        {
            var hasNext = items.Count > pageSize;
            if (hasNext)
            {
                items.RemoveAt(items.Count - 1);
            }

            return new Page<TResult>(items, pageNumber, pageSize, null, hasNext);
        }

        var total = await countTask.ConfigureAwait(false);
        return new Page<TResult>(items, pageNumber, pageSize, total, (long)pageNumber * pageSize < total);
    }

    private async Task<KeysetPage<TResult>> KeysetCoreAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var model = Model;
        var sortKeys = KeysetFilter.SortWithTiebreaker(model.Sort);
        var fingerprint = ContinuationTokenProtector.Fingerprint(model.DatabaseName, model.CollectionName, model.Filter, sortKeys);
        var filter = model.Filter;
        if (continuationToken is not null)
        {
            var after = KeysetFilter.After(sortKeys, Context.Tokens.Unprotect(continuationToken, fingerprint));
            filter = filter.ElementCount == 0 ? after : new BsonDocument("$and", new BsonArray { filter, after });
        }

        if (Projection is null)
        {
            // Whole entities: read them typed and take the sort values of the last one from its serialized form.
            var entities = await ReadAsync("page.keyset", filter, sortKeys, skip: null, pageSize + 1, cancellationToken).ConfigureAwait(false);
            string? nextToken = null;
            if (entities.Count > pageSize)
            {
                entities.RemoveAt(entities.Count - 1);
                var last = MongoPatterns.Bson.Serialization.BsonSerializer.SerializeValue(Context.Metadata.Serializer, entities[^1]).AsBsonDocument;
                nextToken = Context.Tokens.Protect(fingerprint, KeysetFilter.ValuesOf(last, sortKeys));
            }

            return new KeysetPage<TResult>(entities, nextToken);
        }

        // Projected: read documents with the sort keys added to the projection, take the sort values, drop the added
        // fields, then deserialize each document with the projection's result serializer.
        var rendered = Projection.Render(Context.RenderArgs);
        var (projection, added) = KeysetFilter.ProjectionWithSortKeys(rendered.Document, sortKeys);
        var scope = Context.Telemetry.Start("page.keyset");
        List<BsonDocument> documents;
        try
        {
            var options = new FindOptions<T, BsonDocument> { Sort = sortKeys, Projection = projection is null ? null : (ProjectionDefinition<T, BsonDocument>)projection, Limit = pageSize + 1 };
            var cursor = await Context.Operations.FindAsync(filter, options, cancellationToken).ConfigureAwait(false);
            documents = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
            scope.Complete(documentsRead: documents.Count);
        }
        catch (Exception exception)
        {
            scope.Fail(exception);
            throw;
        }

        string? next = null;
        if (documents.Count > pageSize)
        {
            documents.RemoveAt(documents.Count - 1);
            next = Context.Tokens.Protect(fingerprint, KeysetFilter.ValuesOf(documents[^1], sortKeys));
        }

        var results = new List<TResult>(documents.Count);
        foreach (var document in documents)
        {
            foreach (var field in added)
            {
                document.Remove(field);
            }

            results.Add(Deserialize(rendered.ProjectionSerializer, document));
        }

        return new KeysetPage<TResult>(results, next);
    }

    private static TResult Deserialize(MongoPatterns.Bson.Serialization.IBsonSerializer<TResult> serializer, BsonDocument document)
    {
        var reader = new BsonBinaryReader(MongoPatterns.Bson.Serialization.BsonSerializer.Serialize(document));
        return serializer.Deserialize(ref reader, BsonType.Document);
    }

    private FindQueryModel BuildModel()
    {
        var args = Context.RenderArgs;
        var filter = Context.RenderFilter(State.Filter, State.IncludeDeleted);
        BsonDocument? sort = null;
        if (State.Sorts.Length > 0)
        {
            sort = new BsonDocument();
            foreach (var part in State.Sorts)
            {
                foreach (var element in part.Render(args))
                {
                    sort.Set(element.Name, element.Value);
                }
            }
        }

        var projection = Projection?.Render(args).Document;
        return new FindQueryModel(Context.DatabaseName, Context.CollectionName, typeof(T), typeof(TResult), filter, sort, projection, State.Skip, State.Limit, State.IncludeDeleted)
        {
            CachePolicy = State.CachePolicy,
        };
    }
}
