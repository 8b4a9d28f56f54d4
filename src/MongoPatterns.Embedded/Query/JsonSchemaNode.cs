using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$jsonSchema</c>: the document satisfies the schema.</summary>
internal sealed class JsonSchemaNode : QueryNode
{
    private readonly JsonSchema _schema;

    /// <summary>Creates the node.</summary>
    /// <param name="schema">The compiled schema.</param>
    public JsonSchemaNode(JsonSchema schema) => _schema = schema;

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details) => _schema.Validate(document);
}
