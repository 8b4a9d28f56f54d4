namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>
/// Stores any collection that reads back into a mutable <typeparamref name="TConcrete"/>: <see cref="List{T}"/> for
/// the list interfaces (<see cref="IEnumerable{T}"/>, <see cref="IList{T}"/>, <see cref="IReadOnlyList{T}"/>, ...),
/// <see cref="HashSet{T}"/> for the set interfaces, or the declared concrete type itself (any
/// <see cref="ICollection{T}"/> with a public parameterless constructor).
/// </summary>
/// <typeparam name="TCollection">The declared type.</typeparam>
/// <typeparam name="TConcrete">The type created when reading.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
internal sealed class CollectionSerializer<TCollection, TConcrete, TItem> : EnumerableSerializerBase<TCollection, TItem, TConcrete>
    where TConcrete : TCollection, ICollection<TItem>, new()
{
    public CollectionSerializer(IBsonSerializer<TItem> itemSerializer)
        : base(itemSerializer)
    {
    }

    protected override TConcrete CreateBuilder() => new();

    protected override void Add(TConcrete builder, TItem item) => builder.Add(item);

    protected override TCollection Build(TConcrete builder) => builder;
}
