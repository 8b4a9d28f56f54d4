using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>
/// An aggregation pipeline from documents of <typeparamref name="TInput"/> to results of <typeparamref name="TOutput"/>.
/// Converts implicitly from an array or list of stage documents; <see cref="Create"/> also takes the output serializer.
/// </summary>
/// <typeparam name="TInput">The input document type.</typeparam>
/// <typeparam name="TOutput">The result type.</typeparam>
public abstract class PipelineDefinition<TInput, TOutput>
{
    /// <summary>Uses stage documents as the pipeline.</summary>
    /// <param name="stages">The stages.</param>
    public static implicit operator PipelineDefinition<TInput, TOutput>(BsonDocument[] stages) => new BsonDocumentStagePipelineDefinition<TInput, TOutput>(stages);

    /// <summary>Uses stage documents as the pipeline.</summary>
    /// <param name="stages">The stages.</param>
    public static implicit operator PipelineDefinition<TInput, TOutput>(List<BsonDocument> stages) => new BsonDocumentStagePipelineDefinition<TInput, TOutput>(stages);

    /// <summary>Creates a pipeline from stage documents.</summary>
    /// <param name="stages">The stages.</param>
    /// <param name="outputSerializer">The serializer of the results, or <see langword="null"/> to take it from the registry.</param>
    /// <returns>The pipeline.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "PipelineDefinition<TIn, TOut>.Create is the shape users of the official driver know.")]
    public static PipelineDefinition<TInput, TOutput> Create(IEnumerable<BsonDocument> stages, IBsonSerializer<TOutput>? outputSerializer = null) =>
        new BsonDocumentStagePipelineDefinition<TInput, TOutput>(stages, outputSerializer);

    /// <summary>Renders the pipeline.</summary>
    /// <param name="args">The render arguments of the input documents.</param>
    /// <returns>The stage documents and the result serializer.</returns>
    public abstract RenderedPipelineDefinition<TOutput> Render(RenderArgs<TInput> args);
}
