using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Definitions;

/// <summary>A definition written as (strict) Extended JSON (<c>"{ \"age\": { \"$gt\": 18 } }"</c>), parsed once on first render.</summary>
internal sealed class JsonDefinitionText
{
    private readonly Lazy<BsonValue> _value;

    /// <summary>Wraps JSON text.</summary>
    /// <param name="json">A JSON document, or (when <paramref name="allowArray"/>) an array.</param>
    /// <param name="allowArray">Whether a JSON array (a pipeline) is allowed.</param>
    public JsonDefinitionText(string json, bool allowArray = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        Json = json;
        _value = new Lazy<BsonValue>(() => allowArray && json.TrimStart().StartsWith('[') ? BsonArray.Parse(json) : BsonDocument.Parse(json));
    }

    /// <summary>Gets the JSON text.</summary>
    public string Json { get; }

    /// <summary>Gets the parsed value.</summary>
    public BsonValue Value => _value.Value;

    /// <summary>Gets the parsed document.</summary>
    public BsonDocument Document => (BsonDocument)_value.Value;
}
