namespace MongoPatterns.Entities;

/// <summary>Names the collection an entity type is stored in (overridden by <c>InCollection(...)</c> in its configuration).</summary>
/// <param name="name">The collection name.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class CollectionAttribute(string name) : Attribute
{
    /// <summary>Gets the collection name.</summary>
    public string Name { get; } = name;
}
