using System.Linq.Expressions;

namespace MongoPatterns.Driver;

/// <content>The lambda overloads: <c>Ascending(x =&gt; x.Email)</c>.</content>
public sealed partial class IndexKeysDefinitionBuilder<TDocument>
{
    /// <summary>An ascending key: <c>{ field: 1 }</c>.</summary>
    /// <param name="field">The field lambda, such as <c>x =&gt; x.Email</c>.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Ascending(Expression<Func<TDocument, object?>> field) => Ascending(Untyped(field));

    /// <summary>A descending key: <c>{ field: -1 }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Descending(Expression<Func<TDocument, object?>> field) => Descending(Untyped(field));

    /// <summary>A text key: <c>{ field: "text" }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Text(Expression<Func<TDocument, object?>> field) => Text(Untyped(field));

    /// <summary>A hashed key: <c>{ field: "hashed" }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Hashed(Expression<Func<TDocument, object?>> field) => Hashed(Untyped(field));

    /// <summary>A spherical geospatial key: <c>{ field: "2dsphere" }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Geo2DSphere(Expression<Func<TDocument, object?>> field) => Geo2DSphere(Untyped(field));

    /// <summary>A wildcard key over a field's sub-paths: <c>{ "field.$**": 1 }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Wildcard(Expression<Func<TDocument, object?>> field) => Wildcard(Untyped(field));

    private static ExpressionFieldDefinition<TDocument> Untyped(LambdaExpression field) => new(field);
}
