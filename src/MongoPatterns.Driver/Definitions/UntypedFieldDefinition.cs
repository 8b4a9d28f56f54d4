namespace MongoPatterns.Driver;

/// <summary>A typed field used where the value type does not matter.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TField">The value type that is ignored.</typeparam>
internal sealed class UntypedFieldDefinition<TDocument, TField> : FieldDefinition<TDocument>
{
    private readonly FieldDefinition<TDocument, TField> _field;

    public UntypedFieldDefinition(FieldDefinition<TDocument, TField> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        _field = field;
    }

    public override RenderedFieldDefinition Render(RenderArgs<TDocument> args)
    {
        var rendered = _field.Render(args);
        return new RenderedFieldDefinition(rendered.FieldName, rendered.FieldSerializer);
    }
}
