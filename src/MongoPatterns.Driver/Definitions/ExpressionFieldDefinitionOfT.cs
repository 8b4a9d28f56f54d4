using System.Linq.Expressions;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver;

/// <summary>
/// A field selected by a lambda, holding values of <typeparamref name="TField"/>: <c>x =&gt; x.Email</c>. Rendering
/// yields the element path and the member's own serializer, so values are stored the way the member stores them (a
/// string id stored as ObjectId becomes an ObjectId, an enum stored as a string becomes its name).
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TField">The value type.</typeparam>
public sealed class ExpressionFieldDefinition<TDocument, TField> : FieldDefinition<TDocument, TField>
{
    /// <summary>Creates the field.</summary>
    /// <param name="expression">The lambda selecting a stored member, such as <c>x =&gt; x.Address.City</c>.</param>
    public ExpressionFieldDefinition(Expression<Func<TDocument, TField>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
    }

    /// <summary>Gets the lambda.</summary>
    public Expression<Func<TDocument, TField>> Expression { get; }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The lambda does not select a stored field; the message names the expression.</exception>
    public override RenderedFieldDefinition<TField> Render(RenderArgs<TDocument> args)
    {
        var field = FieldPathTranslator.Translate(Expression, args.DocumentSerializer, args.SerializerRegistry, allowPositional: true);
        return new RenderedFieldDefinition<TField>(field.Path, field.GetValueSerializer<TField>());
    }

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();
}
