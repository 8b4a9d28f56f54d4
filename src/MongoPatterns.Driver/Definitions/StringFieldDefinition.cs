using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>A field given as a dotted path of member or element names, resolved through the document serializer.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class StringFieldDefinition<TDocument> : FieldDefinition<TDocument>
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
    public override RenderedFieldDefinition Render(RenderArgs<TDocument> args)
    {
        var (path, serializer) = FieldPathResolver.Resolve(FieldName, args.DocumentSerializer);
        return new RenderedFieldDefinition(path, serializer);
    }
}
