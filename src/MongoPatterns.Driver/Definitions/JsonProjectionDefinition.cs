using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>A projection written as (strict) Extended JSON, e.g. <c>"{ \"name\": 1, \"_id\": 0 }"</c>.</summary>
/// <typeparam name="TSource">The document type.</typeparam>
public sealed class JsonProjectionDefinition<TSource> : ProjectionDefinition<TSource>
{
    private readonly JsonDefinitionText _text;

    /// <summary>Creates the projection.</summary>
    /// <param name="json">The JSON document.</param>
    public JsonProjectionDefinition(string json) => _text = new JsonDefinitionText(json);

    /// <summary>Gets the JSON text.</summary>
    public string Json => _text.Json;

    /// <inheritdoc />
    public override BsonDocument Render(RenderArgs<TSource> args) => _text.Document;
}
