using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>An update given as an aggregation pipeline (<c>$set</c>, <c>$unset</c>, <c>$replaceWith</c>, ... stages).</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class PipelineUpdateDefinition<TDocument> : UpdateDefinition<TDocument>
{
    /// <summary>Creates the update.</summary>
    /// <param name="pipeline">The pipeline.</param>
    public PipelineUpdateDefinition(PipelineDefinition<TDocument, TDocument> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        Pipeline = pipeline;
    }

    /// <summary>Gets the pipeline.</summary>
    public PipelineDefinition<TDocument, TDocument> Pipeline { get; }

    /// <inheritdoc />
    public override BsonValue Render(RenderArgs<TDocument> args) => new BsonArray(Pipeline.Render(args).Documents);
}
