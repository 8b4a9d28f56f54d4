using System.Linq.Expressions;

namespace MongoPatterns.Driver;

/// <summary>
/// Lambda sorts and projections on a fluent find:
/// <c>collection.Find(x =&gt; x.IsActive).SortBy(x =&gt; x.Name).ThenByDescending(x =&gt; x.Age).Project(x =&gt; new { x.Name }).ToListAsync()</c>.
/// </summary>
public static class IFindFluentExtensions
{
    /// <summary>Sorts by a field, smallest first (replacing any sort so far).</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="find">The fluent find.</param>
    /// <param name="field">The field lambda.</param>
    /// <returns>The fluent find.</returns>
    public static IFindFluent<TDocument, TProjection> SortBy<TDocument, TProjection>(this IFindFluent<TDocument, TProjection> find, Expression<Func<TDocument, object?>> field)
    {
        ArgumentNullException.ThrowIfNull(find);
        return find.Sort(Builders<TDocument>.Sort.Ascending(field));
    }

    /// <summary>Sorts by a field, largest first (replacing any sort so far).</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="find">The fluent find.</param>
    /// <param name="field">The field lambda.</param>
    /// <returns>The fluent find.</returns>
    public static IFindFluent<TDocument, TProjection> SortByDescending<TDocument, TProjection>(this IFindFluent<TDocument, TProjection> find, Expression<Func<TDocument, object?>> field)
    {
        ArgumentNullException.ThrowIfNull(find);
        return find.Sort(Builders<TDocument>.Sort.Descending(field));
    }

    /// <summary>Adds a further sort key, smallest first, after the sort so far.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="find">The fluent find.</param>
    /// <param name="field">The field lambda.</param>
    /// <returns>The fluent find.</returns>
    /// <exception cref="InvalidOperationException">No sort was set first (call <see cref="SortBy"/> before <c>ThenBy</c>).</exception>
    public static IFindFluent<TDocument, TProjection> ThenBy<TDocument, TProjection>(this IFindFluent<TDocument, TProjection> find, Expression<Func<TDocument, object?>> field)
    {
        ArgumentNullException.ThrowIfNull(find);
        return find.Sort(Builders<TDocument>.Sort.Combine(CurrentSort(find), Builders<TDocument>.Sort.Ascending(field)));
    }

    /// <summary>Adds a further sort key, largest first, after the sort so far.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TProjection">The result type.</typeparam>
    /// <param name="find">The fluent find.</param>
    /// <param name="field">The field lambda.</param>
    /// <returns>The fluent find.</returns>
    /// <exception cref="InvalidOperationException">No sort was set first (call <see cref="SortBy"/> before <c>ThenByDescending</c>).</exception>
    public static IFindFluent<TDocument, TProjection> ThenByDescending<TDocument, TProjection>(this IFindFluent<TDocument, TProjection> find, Expression<Func<TDocument, object?>> field)
    {
        ArgumentNullException.ThrowIfNull(find);
        return find.Sort(Builders<TDocument>.Sort.Combine(CurrentSort(find), Builders<TDocument>.Sort.Descending(field)));
    }

    /// <summary>Projects each document with a lambda: <c>Project(x =&gt; new { x.Name, x.Address.City })</c> (see <see cref="ExpressionProjectionDefinition{TSource, TProjection}"/>).</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TProjection">The current result type.</typeparam>
    /// <typeparam name="TNewProjection">The new result type.</typeparam>
    /// <param name="find">The fluent find.</param>
    /// <param name="projection">The projection lambda.</param>
    /// <returns>The fluent find of the new result type.</returns>
    public static IFindFluent<TDocument, TNewProjection> Project<TDocument, TProjection, TNewProjection>(this IFindFluent<TDocument, TProjection> find, Expression<Func<TDocument, TNewProjection>> projection)
    {
        ArgumentNullException.ThrowIfNull(find);
        return find.Project(new ExpressionProjectionDefinition<TDocument, TNewProjection>(projection));
    }

    private static SortDefinition<TDocument> CurrentSort<TDocument, TProjection>(IFindFluent<TDocument, TProjection> find) =>
        find.Options.Sort ?? throw new InvalidOperationException("ThenBy and ThenByDescending add to an existing sort; call SortBy or SortByDescending (or Sort) first.");
}
