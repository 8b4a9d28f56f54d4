using System.Linq.Expressions;

namespace MongoPatterns.Driver;

/// <content>The lambda overloads: <c>Include(x =&gt; x.Name)</c> and <c>Expression(x =&gt; new { ... })</c>.</content>
public sealed partial class ProjectionDefinitionBuilder<TSource>
{
    /// <summary>Includes a field: <c>{ field: 1 }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> Include(Expression<Func<TSource, object?>> field) => Include(new ExpressionFieldDefinition<TSource>(field));

    /// <summary>Excludes a field: <c>{ field: 0 }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> Exclude(Expression<Func<TSource, object?>> field) => Exclude(new ExpressionFieldDefinition<TSource>(field));

    /// <summary>Returns part of an array: <c>{ field: { $slice: limit } }</c> or <c>{ $slice: [skip, limit] }</c>.</summary>
    /// <param name="field">The array field lambda.</param>
    /// <param name="limit">How many items (negative: from the end).</param>
    /// <param name="skip">How many items to skip first, or <see langword="null"/>.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> Slice(Expression<Func<TSource, object?>> field, int limit, int? skip = null) => Slice(new ExpressionFieldDefinition<TSource>(field), limit, skip);

    /// <summary>Returns the first array item matching a predicate: <c>{ field: { $elemMatch: filter } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="predicate">The predicate on one item.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> ElemMatch<TItem>(Expression<Func<TSource, IEnumerable<TItem>>> field, Expression<Func<TItem, bool>> predicate) =>
        ElemMatch(new ExpressionFieldDefinition<TSource>(field), new ExpressionFilterDefinition<TItem>(predicate));

    /// <summary>
    /// A projection into <typeparamref name="TProjection"/> from a lambda: <c>Expression(x =&gt; new { x.Name, x.Address.City })</c>.
    /// The server returns only the fields the lambda reads; the lambda builds each result on the client (see
    /// <see cref="ExpressionProjectionDefinition{TSource, TProjection}"/>).
    /// </summary>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="projection">The projection lambda.</param>
    /// <returns>The projection with its result serializer.</returns>
    public ProjectionDefinition<TSource, TProjection> Expression<TProjection>(Expression<Func<TSource, TProjection>> projection) =>
        new ExpressionProjectionDefinition<TSource, TProjection>(projection);
}
