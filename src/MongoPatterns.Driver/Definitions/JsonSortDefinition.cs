using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>A sort written as (strict) Extended JSON, e.g. <c>"{ \"age\": -1 }"</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class JsonSortDefinition<TDocument> : SortDefinition<TDocument>
{
    private readonly JsonDefinitionText _text;

    /// <summary>Creates the sort.</summary>
    /// <param name="json">The JSON document.</param>
    public JsonSortDefinition(string json) => _text = new JsonDefinitionText(json);

    /// <summary>Gets the JSON text.</summary>
    public string Json => _text.Json;

    /// <inheritdoc />
    public override BsonDocument Render(RenderArgs<TDocument> args) => _text.Document;
}
