using System.Collections.Concurrent;

namespace MongoPatterns.Entities;

/// <summary>Every entity type registered with <c>AddRepository&lt;T&gt;</c>; one instance per service collection.</summary>
internal sealed class EntityConfigurationRegistry
{
    private readonly ConcurrentDictionary<Type, EntityConfiguration> _configurations = new();

    /// <summary>Gets the registered configurations.</summary>
    public IEnumerable<EntityConfiguration> All => _configurations.Values;

    /// <summary>Gets the configuration of <typeparamref name="T"/>, creating the default one when it was never registered.</summary>
    public EntityConfiguration<T> GetOrAdd<T>()
        where T : class =>
        (EntityConfiguration<T>)_configurations.GetOrAdd(typeof(T), static _ => new EntityConfiguration<T>());

    /// <summary>Gets the configuration of an entity type, if registered.</summary>
    public EntityConfiguration? Find(Type entityType) => _configurations.TryGetValue(entityType, out var configuration) ? configuration : null;
}
