using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>An untyped projection whose results are read with a given (or the registry's) serializer.</summary>
/// <typeparam name="TSource">The document type.</typeparam>
/// <typeparam name="TProjection">The result type.</typeparam>
public sealed class KnownResultTypeProjectionDefinition<TSource, TProjection> : ProjectionDefinition<TSource, TProjection>
{
    private readonly IBsonSerializer<TProjection>? _projectionSerializer;

    /// <summary>Creates the projection.</summary>
    /// <param name="projection">The projection, or <see langword="null"/> for whole documents.</param>
    /// <param name="projectionSerializer">The result serializer, or <see langword="null"/> for the document serializer (same type) or the registry's.</param>
    public KnownResultTypeProjectionDefinition(ProjectionDefinition<TSource>? projection, IBsonSerializer<TProjection>? projectionSerializer = null)
    {
        Projection = projection;
        _projectionSerializer = projectionSerializer;
    }

    /// <summary>Gets the projection, or <see langword="null"/>.</summary>
    public ProjectionDefinition<TSource>? Projection { get; }

    /// <inheritdoc />
    public override RenderedProjectionDefinition<TProjection> Render(RenderArgs<TSource> args)
    {
        var serializer = _projectionSerializer
            ?? (args.DocumentSerializer as IBsonSerializer<TProjection>)
            ?? ValueSerializers.Get<TProjection>(args.SerializerRegistry);
        return new RenderedProjectionDefinition<TProjection>(Projection?.Render(args), serializer);
    }
}
