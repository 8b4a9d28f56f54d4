using System.Collections.Immutable;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <see cref="ImmutableList{T}"/> (declared as itself or as <see cref="IImmutableList{T}"/>) as a BSON array.</summary>
/// <typeparam name="TCollection">The declared type.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
internal sealed class ImmutableListSerializer<TCollection, TItem> : EnumerableSerializerBase<TCollection, TItem, ImmutableList<TItem>.Builder>
    where TCollection : IImmutableList<TItem>
{
    public ImmutableListSerializer(IBsonSerializer<TItem> itemSerializer)
        : base(itemSerializer)
    {
    }

    protected override ImmutableList<TItem>.Builder CreateBuilder() => ImmutableList.CreateBuilder<TItem>();

    protected override void Add(ImmutableList<TItem>.Builder builder, TItem item) => builder.Add(item);

    protected override TCollection Build(ImmutableList<TItem>.Builder builder) => (TCollection)(IImmutableList<TItem>)builder.ToImmutable();
}
