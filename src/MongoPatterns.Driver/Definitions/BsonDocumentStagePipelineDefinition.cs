using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>A pipeline given as stage documents.</summary>
/// <typeparam name="TInput">The input document type.</typeparam>
/// <typeparam name="TOutput">The result type.</typeparam>
public sealed class BsonDocumentStagePipelineDefinition<TInput, TOutput> : PipelineDefinition<TInput, TOutput>
{
    private readonly IBsonSerializer<TOutput>? _outputSerializer;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="stages">The stages.</param>
    /// <param name="outputSerializer">The result serializer, or <see langword="null"/> for the input serializer (same type) or the registry's.</param>
    public BsonDocumentStagePipelineDefinition(IEnumerable<BsonDocument> stages, IBsonSerializer<TOutput>? outputSerializer = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        Stages = stages.ToList();
        _outputSerializer = outputSerializer;
    }

    /// <summary>Gets the stages.</summary>
    public IReadOnlyList<BsonDocument> Stages { get; }

    /// <inheritdoc />
    public override RenderedPipelineDefinition<TOutput> Render(RenderArgs<TInput> args)
    {
        var serializer = _outputSerializer
            ?? (args.DocumentSerializer as IBsonSerializer<TOutput>)
            ?? ValueSerializers.Get<TOutput>(args.SerializerRegistry);
        return new RenderedPipelineDefinition<TOutput>(Stages, serializer);
    }
}
