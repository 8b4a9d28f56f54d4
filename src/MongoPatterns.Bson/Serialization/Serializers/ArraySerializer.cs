namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores a one-dimensional array (other than <c>byte[]</c>, which is binary) as a BSON array.</summary>
/// <typeparam name="TItem">The item type.</typeparam>
internal sealed class ArraySerializer<TItem> : EnumerableSerializerBase<TItem[], TItem, List<TItem>>
{
    public ArraySerializer(IBsonSerializer<TItem> itemSerializer)
        : base(itemSerializer)
    {
    }

    protected override List<TItem> CreateBuilder() => [];

    protected override void Add(List<TItem> builder, TItem item) => builder.Add(item);

    protected override TItem[] Build(List<TItem> builder) => builder.Count == 0 ? [] : builder.ToArray();
}
