using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Several operator updates merged into one document (<c>$set</c> fields of both end up in one <c>$set</c>).</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class CombinedUpdateDefinition<TDocument>(IReadOnlyList<UpdateDefinition<TDocument>> updates) : UpdateDefinition<TDocument>
{
    public override BsonValue Render(RenderArgs<TDocument> args)
    {
        var combined = new BsonDocument();
        foreach (var update in updates)
        {
            if (update.Render(args) is not BsonDocument document)
            {
                throw new InvalidOperationException("A pipeline update cannot be combined with other updates; put every stage in one pipeline.");
            }

            foreach (var element in document)
            {
                if (combined.TryGetValue(element.Name, out var existing) && existing is BsonDocument fields && element.Value is BsonDocument more)
                {
                    foreach (var field in more)
                    {
                        fields.Set(field.Name, field.Value);
                    }
                }
                else
                {
                    combined.Set(element.Name, element.Value is BsonDocument operand ? new BsonDocument(operand.Elements) : element.Value);
                }
            }
        }

        return combined;
    }
}
