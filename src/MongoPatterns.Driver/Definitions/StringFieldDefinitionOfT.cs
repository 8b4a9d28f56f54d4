using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>A typed field given as a dotted path, resolved through the document serializer.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TField">The value type.</typeparam>
public sealed class StringFieldDefinition<TDocument, TField> : FieldDefinition<TDocument, TField>
{
    /// <summary>Creates the field.</summary>
    /// <param name="fieldName">The dotted path.</param>
    public StringFieldDefinition(string fieldName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        FieldName = fieldName;
    }

    /// <summary>Gets the path as given.</summary>
    public string FieldName { get; }

    /// <inheritdoc />
    public override RenderedFieldDefinition<TField> Render(RenderArgs<TDocument> args)
    {
        var (path, serializer) = FieldPathResolver.Resolve(FieldName, args.DocumentSerializer);
        return new RenderedFieldDefinition<TField>(path, ValueSerializers.ForField<TField>(serializer, args.SerializerRegistry));
    }
}
