using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>An update written as (strict) Extended JSON: operators (<c>"{ \"$set\": { \"a\": 1 } }"</c>) or a pipeline (<c>"[ { \"$set\": ... } ]"</c>).</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class JsonUpdateDefinition<TDocument> : UpdateDefinition<TDocument>
{
    private readonly JsonDefinitionText _text;

    /// <summary>Creates the update.</summary>
    /// <param name="json">The JSON document or array.</param>
    public JsonUpdateDefinition(string json) => _text = new JsonDefinitionText(json, allowArray: true);

    /// <summary>Gets the JSON text.</summary>
    public string Json => _text.Json;

    /// <inheritdoc />
    public override BsonValue Render(RenderArgs<TDocument> args) => _text.Value;
}
