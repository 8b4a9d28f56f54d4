namespace MongoPatterns.Driver;

/// <summary>
/// Entry point of the definition builders for documents of <typeparamref name="TDocument"/>:
/// <c>Builders&lt;User&gt;.Filter.Eq("email", email)</c>, <c>Builders&lt;User&gt;.Update.Set("name", name)</c>, ...
/// Field names are dotted paths of member or element names; values are rendered with the field's serializer.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Builders<T>.Filter etc. is the shape users of the official driver know.")]
public static class Builders<TDocument>
{
    /// <summary>Gets the filter builder.</summary>
    public static FilterDefinitionBuilder<TDocument> Filter { get; } = new();

    /// <summary>Gets the update builder.</summary>
    public static UpdateDefinitionBuilder<TDocument> Update { get; } = new();

    /// <summary>Gets the sort builder.</summary>
    public static SortDefinitionBuilder<TDocument> Sort { get; } = new();

    /// <summary>Gets the projection builder.</summary>
    public static ProjectionDefinitionBuilder<TDocument> Projection { get; } = new();

    /// <summary>Gets the index keys builder.</summary>
    public static IndexKeysDefinitionBuilder<TDocument> IndexKeys { get; } = new();
}
