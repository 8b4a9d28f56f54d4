using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>
/// What a definition needs to render itself to BSON: the serializer of the collection's documents (to map member
/// names to element names and serialize values the way the members are stored) and the serializer registry.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public readonly struct RenderArgs<TDocument>
{
    /// <summary>Creates render arguments.</summary>
    /// <param name="documentSerializer">The document serializer.</param>
    /// <param name="serializerRegistry">The serializer registry.</param>
    public RenderArgs(IBsonSerializer<TDocument> documentSerializer, BsonSerializerRegistry serializerRegistry)
    {
        ArgumentNullException.ThrowIfNull(documentSerializer);
        ArgumentNullException.ThrowIfNull(serializerRegistry);
        DocumentSerializer = documentSerializer;
        SerializerRegistry = serializerRegistry;
    }

    /// <summary>Gets the document serializer.</summary>
    public IBsonSerializer<TDocument> DocumentSerializer { get; }

    /// <summary>Gets the serializer registry.</summary>
    public BsonSerializerRegistry SerializerRegistry { get; }

    /// <summary>Returns render arguments for another document type (e.g. array items), sharing the registry.</summary>
    /// <typeparam name="TOther">The other document type.</typeparam>
    /// <param name="serializer">Its serializer.</param>
    /// <returns>The arguments.</returns>
    public RenderArgs<TOther> WithDocumentSerializer<TOther>(IBsonSerializer<TOther> serializer) => new(serializer, SerializerRegistry);
}
