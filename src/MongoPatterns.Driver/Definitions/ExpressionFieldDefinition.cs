using System.Linq.Expressions;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver;

/// <summary>
/// A field selected by a lambda whose value type does not matter (sorts, projections, index keys, <c>$exists</c>):
/// <c>x =&gt; x.Address.City</c> renders as <c>address.city</c>, following the class maps (element names,
/// <c>[BsonElement]</c>, <c>_id</c>). Array items by constant index (<c>x.Items[0].Sku</c>) and dictionary entries by
/// constant key are supported; index <c>-1</c> renders as the positional operator <c>$</c>.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class ExpressionFieldDefinition<TDocument> : FieldDefinition<TDocument>
{
    /// <summary>Creates the field.</summary>
    /// <param name="expression">A lambda of one parameter, the document, selecting a stored member.</param>
    /// <exception cref="ArgumentException">The lambda does not take one parameter of <typeparamref name="TDocument"/>.</exception>
    public ExpressionFieldDefinition(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.Parameters.Count != 1 || !expression.Parameters[0].Type.IsAssignableFrom(typeof(TDocument)))
        {
            throw new ArgumentException($"A field lambda takes exactly one parameter, the {typeof(TDocument).Name} document.", nameof(expression));
        }

        Expression = expression;
    }

    /// <summary>Gets the lambda.</summary>
    public LambdaExpression Expression { get; }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The lambda does not select a stored field; the message names the expression.</exception>
    public override RenderedFieldDefinition Render(RenderArgs<TDocument> args)
    {
        var field = FieldPathTranslator.Translate(Expression, args.DocumentSerializer, args.SerializerRegistry, allowPositional: true);
        return new RenderedFieldDefinition(field.Path, field.FieldSerializer);
    }

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();
}
