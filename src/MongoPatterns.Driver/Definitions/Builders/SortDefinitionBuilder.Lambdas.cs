using System.Linq.Expressions;

namespace MongoPatterns.Driver;

/// <content>The lambda overloads: <c>Ascending(x =&gt; x.Name)</c>.</content>
public sealed partial class SortDefinitionBuilder<TDocument>
{
    /// <summary>Sorts by a field, smallest first: <c>{ field: 1 }</c>.</summary>
    /// <param name="field">The field lambda, such as <c>x =&gt; x.Name</c>.</param>
    /// <returns>The sort.</returns>
    public SortDefinition<TDocument> Ascending(Expression<Func<TDocument, object?>> field) => Ascending(new ExpressionFieldDefinition<TDocument>(field));

    /// <summary>Sorts by a field, largest first: <c>{ field: -1 }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The sort.</returns>
    public SortDefinition<TDocument> Descending(Expression<Func<TDocument, object?>> field) => Descending(new ExpressionFieldDefinition<TDocument>(field));
}
