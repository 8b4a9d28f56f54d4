using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>Index keys written as (strict) Extended JSON, e.g. <c>"{ \"email\": 1 }"</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class JsonIndexKeysDefinition<TDocument> : IndexKeysDefinition<TDocument>
{
    private readonly JsonDefinitionText _text;

    /// <summary>Creates the keys.</summary>
    /// <param name="json">The JSON document.</param>
    public JsonIndexKeysDefinition(string json) => _text = new JsonDefinitionText(json);

    /// <summary>Gets the JSON text.</summary>
    public string Json => _text.Json;

    /// <inheritdoc />
    public override BsonDocument Render(RenderArgs<TDocument> args) => _text.Document;
}
