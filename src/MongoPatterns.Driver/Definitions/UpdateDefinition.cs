using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>
/// An update of documents of <typeparamref name="TDocument"/>: operators (<c>$set</c>, <c>$inc</c>, ...) rendered as a
/// document, or an aggregation pipeline rendered as an array. Build one with <see cref="Builders{TDocument}.Update"/>,
/// or convert a <see cref="BsonDocument"/> or a pipeline implicitly.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public abstract class UpdateDefinition<TDocument>
{
    /// <summary>Uses a document of update operators as the update.</summary>
    /// <param name="document">The update document, e.g. <c>{ $set: { a: 1 } }</c>.</param>
    public static implicit operator UpdateDefinition<TDocument>(BsonDocument document) => new BsonDocumentUpdateDefinition<TDocument>(document);

    /// <summary>Parses (strict) Extended JSON as the update: an operator document or a pipeline array (parsed on first use).</summary>
    /// <param name="json">The JSON document or array.</param>
    public static implicit operator UpdateDefinition<TDocument>(string json) => new JsonUpdateDefinition<TDocument>(json);

    /// <summary>Uses an aggregation pipeline as the update (MongoDB 4.2+).</summary>
    /// <param name="pipeline">The pipeline.</param>
    public static implicit operator UpdateDefinition<TDocument>(PipelineDefinition<TDocument, TDocument> pipeline) => new PipelineUpdateDefinition<TDocument>(pipeline);

    /// <summary>Renders the update.</summary>
    /// <param name="args">The render arguments.</param>
    /// <returns>A document of operators, or an array of pipeline stages.</returns>
    public abstract BsonValue Render(RenderArgs<TDocument> args);
}
