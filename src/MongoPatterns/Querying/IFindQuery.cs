using System.Linq.Expressions;
using MongoPatterns.Driver;

namespace MongoPatterns.Querying;

/// <summary>
/// A fluent, immutable query over an entity collection (every method returns a new query). Soft-deleted entities are
/// excluded unless <see cref="IncludeDeleted"/> is called. Nothing runs until a terminal method is awaited.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public interface IFindQuery<T> : IFindQuery<T, T>
    where T : class
{
    /// <summary>Adds a filter (combined with AND).</summary>
    /// <param name="filter">The predicate, translated to a MongoDB filter.</param>
    /// <returns>The new query.</returns>
    new IFindQuery<T> Where(Expression<Func<T, bool>> filter);

    /// <summary>Adds a filter (combined with AND).</summary>
    /// <param name="filter">The filter definition.</param>
    /// <returns>The new query.</returns>
    new IFindQuery<T> Where(FilterDefinition<T> filter);

    /// <summary>Sorts ascending by a member, replacing any previous sort.</summary>
    /// <param name="field">The member.</param>
    /// <returns>The new query.</returns>
    new IFindQuery<T> SortBy(Expression<Func<T, object?>> field);

    /// <summary>Sorts descending by a member, replacing any previous sort.</summary>
    /// <param name="field">The member.</param>
    /// <returns>The new query.</returns>
    new IFindQuery<T> SortByDescending(Expression<Func<T, object?>> field);

    /// <summary>Adds an ascending secondary sort key.</summary>
    /// <param name="field">The member.</param>
    /// <returns>The new query.</returns>
    new IFindQuery<T> ThenBy(Expression<Func<T, object?>> field);

    /// <summary>Adds a descending secondary sort key.</summary>
    /// <param name="field">The member.</param>
    /// <returns>The new query.</returns>
    new IFindQuery<T> ThenByDescending(Expression<Func<T, object?>> field);

    /// <summary>Skips the first <paramref name="count"/> results.</summary>
    /// <param name="count">How many to skip.</param>
    /// <returns>The new query.</returns>
    new IFindQuery<T> Skip(int count);

    /// <summary>Returns at most <paramref name="count"/> results (a deliberate bound: limited queries are not checked against MaxResults).</summary>
    /// <param name="count">The most results to return.</param>
    /// <returns>The new query.</returns>
    new IFindQuery<T> Limit(int count);

    /// <summary>Includes soft-deleted entities.</summary>
    /// <returns>The new query.</returns>
    new IFindQuery<T> IncludeDeleted();

    /// <summary>Shapes each result with a projection lambda; only the members it reads are fetched.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="projection">For example <c>x =&gt; new UserSummary { Id = x.Id, Name = x.Name }</c>.</param>
    /// <returns>The projected query.</returns>
    IFindQuery<T, TResult> Project<TResult>(Expression<Func<T, TResult>> projection);

    /// <summary>Shapes each result with a projection definition.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="projection">The projection.</param>
    /// <returns>The projected query.</returns>
    IFindQuery<T, TResult> Project<TResult>(ProjectionDefinition<T, TResult> projection);
}
