using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>A filter written as (strict) Extended JSON, e.g. <c>"{ \"status\": \"active\" }"</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class JsonFilterDefinition<TDocument> : FilterDefinition<TDocument>
{
    private readonly JsonDefinitionText _text;

    /// <summary>Creates the filter.</summary>
    /// <param name="json">The JSON document.</param>
    public JsonFilterDefinition(string json) => _text = new JsonDefinitionText(json);

    /// <summary>Gets the JSON text.</summary>
    public string Json => _text.Json;

    /// <inheritdoc />
    public override BsonDocument Render(RenderArgs<TDocument> args) => _text.Document;
}
