using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver;

/// <summary>
/// A filter given as a predicate lambda: <c>x =&gt; x.Age &gt;= 18 &amp;&amp; x.Tags.Contains("vip")</c> renders as
/// <c>{ age: { $gte: 18 }, tags: "vip" }</c>. Sub-expressions that do not depend on the document are evaluated on the
/// client and always rendered as values (through the compared member's serializer), never as query syntax.
/// </summary>
/// <remarks>
/// Supported: comparisons between a mapped member and a value; <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>; boolean members;
/// <c>HasValue</c>; string <c>StartsWith</c>/<c>EndsWith</c>/<c>Contains</c>/<c>Equals</c> (optionally ignoring case),
/// <c>string.IsNullOrEmpty</c>; collection <c>Contains</c> both ways, <c>Any()</c>, <c>Any(p)</c>, <c>All(p)</c>,
/// <c>Count</c>/<c>Length</c> compared with a number; dictionary <c>ContainsKey</c>. Anything else throws
/// <see cref="NotSupportedException"/> naming the expression when the filter is rendered.
/// </remarks>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class ExpressionFilterDefinition<TDocument> : FilterDefinition<TDocument>
{
    /// <summary>Creates the filter.</summary>
    /// <param name="expression">The predicate.</param>
    public ExpressionFilterDefinition(Expression<Func<TDocument, bool>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
    }

    /// <summary>Gets the predicate.</summary>
    public Expression<Func<TDocument, bool>> Expression { get; }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">A part of the predicate cannot be translated; the message names it.</exception>
    public override BsonDocument Render(RenderArgs<TDocument> args) =>
        FilterTranslator.Translate(Expression, args.DocumentSerializer, args.SerializerRegistry);

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();
}
