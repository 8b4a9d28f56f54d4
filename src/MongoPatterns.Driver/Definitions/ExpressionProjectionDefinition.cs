using System.Linq.Expressions;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver;

/// <summary>
/// A projection given as a lambda: <c>x =&gt; new { x.Name, x.Address.City }</c>, a record or DTO constructor, or a
/// computed value. The server is asked only for the fields the lambda reads (<c>{ name: 1, "address.city": 1, _id: 0 }</c>);
/// each returned document is read into <typeparamref name="TSource"/> through its class map and the lambda runs on it,
/// so any .NET construct works in the lambda.
/// </summary>
/// <remarks>
/// Arrays are projected whole (reading <c>x.Items[0]</c> asks for <c>items</c>). A lambda that uses the document other
/// than through mapped members (passing it to a method) asks for whole documents. The compiled lambda is cached per
/// expression shape.
/// </remarks>
/// <typeparam name="TSource">The document type.</typeparam>
/// <typeparam name="TProjection">The result type.</typeparam>
public sealed class ExpressionProjectionDefinition<TSource, TProjection> : ProjectionDefinition<TSource, TProjection>
{
    /// <summary>Creates the projection.</summary>
    /// <param name="expression">The projection lambda.</param>
    public ExpressionProjectionDefinition(Expression<Func<TSource, TProjection>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
    }

    /// <summary>Gets the projection lambda.</summary>
    public Expression<Func<TSource, TProjection>> Expression { get; }

    /// <inheritdoc />
    public override RenderedProjectionDefinition<TProjection> Render(RenderArgs<TSource> args)
    {
        var projection = ProjectionTranslator.Translate(Expression, args.DocumentSerializer, args.SerializerRegistry);
        return new RenderedProjectionDefinition<TProjection>(projection.Document, projection.ResultSerializer);
    }

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();
}
