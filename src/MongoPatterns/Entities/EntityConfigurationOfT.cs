using MongoPatterns.Indexes;

namespace MongoPatterns.Entities;

/// <summary>The configuration of one entity type, including its typed index declarations.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityConfiguration<T> : EntityConfiguration
    where T : class
{
    public EntityConfiguration()
        : base(typeof(T))
    {
    }

    /// <summary>Gets the declared indexes.</summary>
    public List<IndexBuilder<T>> Indexes { get; } = [];

    internal override Task EnsureIndexesAsync(IndexManager manager, IndexEnsureReport report, CancellationToken cancellationToken) =>
        manager.EnsureAsync(this, report, cancellationToken);
}
