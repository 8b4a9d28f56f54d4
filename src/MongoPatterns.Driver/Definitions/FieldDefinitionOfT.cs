namespace MongoPatterns.Driver;

/// <summary>
/// A field of <typeparamref name="TDocument"/> holding values of <typeparamref name="TField"/>. Rendering yields the
/// element path and the serializer that turns a <typeparamref name="TField"/> into the BSON value stored there, so a
/// value is always rendered as a value (a user-supplied string can never become an operator).
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
/// <typeparam name="TField">The value type.</typeparam>
public abstract class FieldDefinition<TDocument, TField>
{
    /// <summary>Converts a dotted path into a field definition.</summary>
    /// <param name="fieldName">The path.</param>
    public static implicit operator FieldDefinition<TDocument, TField>(string fieldName) => new StringFieldDefinition<TDocument, TField>(fieldName);

    /// <summary>Forgets the value type.</summary>
    /// <param name="field">The typed field.</param>
    public static implicit operator FieldDefinition<TDocument>(FieldDefinition<TDocument, TField> field) => new UntypedFieldDefinition<TDocument, TField>(field);

    /// <summary>Renders the field.</summary>
    /// <param name="args">The render arguments.</param>
    /// <returns>The element path and the value serializer.</returns>
    public abstract RenderedFieldDefinition<TField> Render(RenderArgs<TDocument> args);
}
