using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>
/// One step of an entity's schema: <see cref="Up"/> turns a document of version <c><see cref="Version"/> - 1</c> into
/// version <see cref="Version"/>, and the optional <see cref="Down"/> turns it back. Steps work on the raw
/// <see cref="BsonDocument"/>, so they never depend on the entity class as it was in older code.
/// </summary>
/// <remarks>
/// Steps must be deterministic and must not touch <c>_id</c> or the version field (the engine sets it). A step may be
/// applied to a document read by several instances at once, so it must not have side effects outside the document.
/// </remarks>
/// <typeparam name="T">The entity type whose documents this step migrates.</typeparam>
public abstract class DocumentMigration<T> : IDocumentMigration
{
    private bool? _canDowngrade;

    /// <summary>Gets the version this step produces (at least 2: the version before it is <c>Version - 1</c>).</summary>
    public abstract int Version { get; }

    /// <summary>Gets whether this step overrides <see cref="Down"/> (so newer documents can be downgraded through it).</summary>
    public bool CanDowngrade => _canDowngrade ??= GetType().GetMethod(nameof(Down), [typeof(BsonDocument)])?.DeclaringType != typeof(DocumentMigration<T>);

    /// <inheritdoc/>
    Type IDocumentMigration.EntityType => typeof(T);

    /// <summary>Upgrades <paramref name="document"/> in place from version <c>Version - 1</c> to <see cref="Version"/>.</summary>
    /// <param name="document">The document, without its version field.</param>
    public abstract void Up(BsonDocument document);

    /// <summary>
    /// Downgrades <paramref name="document"/> in place from <see cref="Version"/> to <c>Version - 1</c>. The default throws:
    /// override it to let older code read documents written by newer code (<see cref="NewerDocumentPolicy.Downgrade"/>).
    /// </summary>
    /// <param name="document">The document, without its version field.</param>
    /// <exception cref="NotSupportedException">This step has no downgrade.</exception>
    public virtual void Down(BsonDocument document) =>
        throw new NotSupportedException($"{GetType().Name} (version {Version} of {typeof(T).Name}) has no Down step.");
}
