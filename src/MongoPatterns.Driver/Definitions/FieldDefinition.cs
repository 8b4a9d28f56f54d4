namespace MongoPatterns.Driver;

/// <summary>
/// A field of <typeparamref name="TDocument"/> whose value type does not matter (sorts, projections, index keys,
/// <c>$exists</c>). Converts implicitly from a string path; lambda-based fields can be added by deriving from this type.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public abstract class FieldDefinition<TDocument>
{
    /// <summary>Converts a dotted path (member names or element names) into a field definition.</summary>
    /// <param name="fieldName">The path.</param>
    public static implicit operator FieldDefinition<TDocument>(string fieldName) => new StringFieldDefinition<TDocument>(fieldName);

    /// <summary>Renders the field.</summary>
    /// <param name="args">The render arguments.</param>
    /// <returns>The element path and, when known, the field's serializer.</returns>
    public abstract RenderedFieldDefinition Render(RenderArgs<TDocument> args);
}
