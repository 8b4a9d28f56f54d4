using System.Linq.Expressions;
using MongoPatterns.Driver;
using MongoPatterns.Repositories;

namespace MongoPatterns.Querying;

/// <summary>The query over whole entities: adds projection and keyset paging to <see cref="FindQuery{T, TResult}"/>.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityFindQuery<T> : FindQuery<T, T>, IFindQuery<T>
    where T : class
{
    internal EntityFindQuery(RepositoryContext<T> context, FindQueryState<T> state)
        : base(context, state, projection: null)
    {
    }

    /// <summary>Returns a copy of this query with a cache policy attached (used by <c>WithCache(...)</c>).</summary>
    internal new EntityFindQuery<T> WithCachePolicy(object? policy) => (EntityFindQuery<T>)base.WithCachePolicy(policy);

    IFindQuery<T> IFindQuery<T>.Where(Expression<Func<T, bool>> filter) => (IFindQuery<T>)Where(filter);

    IFindQuery<T> IFindQuery<T>.Where(FilterDefinition<T> filter) => (IFindQuery<T>)Where(filter);

    IFindQuery<T> IFindQuery<T>.SortBy(Expression<Func<T, object?>> field) => (IFindQuery<T>)SortBy(field);

    IFindQuery<T> IFindQuery<T>.SortByDescending(Expression<Func<T, object?>> field) => (IFindQuery<T>)SortByDescending(field);

    IFindQuery<T> IFindQuery<T>.ThenBy(Expression<Func<T, object?>> field) => (IFindQuery<T>)ThenBy(field);

    IFindQuery<T> IFindQuery<T>.ThenByDescending(Expression<Func<T, object?>> field) => (IFindQuery<T>)ThenByDescending(field);

    IFindQuery<T> IFindQuery<T>.Skip(int count) => (IFindQuery<T>)Skip(count);

    IFindQuery<T> IFindQuery<T>.Limit(int count) => (IFindQuery<T>)Limit(count);

    IFindQuery<T> IFindQuery<T>.IncludeDeleted() => (IFindQuery<T>)IncludeDeleted();

    public IFindQuery<T, TResult> Project<TResult>(Expression<Func<T, TResult>> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return new FindQuery<T, TResult>(Context, State, Builders<T>.Projection.Expression(projection));
    }

    public IFindQuery<T, TResult> Project<TResult>(ProjectionDefinition<T, TResult> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return new FindQuery<T, TResult>(Context, State, projection);
    }

    protected override FindQuery<T, T> With(FindQueryState<T> state) => new EntityFindQuery<T>(Context, state);
}
