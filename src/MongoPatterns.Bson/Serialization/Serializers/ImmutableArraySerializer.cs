using System.Collections.Immutable;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>Stores <see cref="ImmutableArray{T}"/> as a BSON array; a default (uninitialized) array is written as null and null reads back as default.</summary>
/// <typeparam name="TItem">The item type.</typeparam>
internal sealed class ImmutableArraySerializer<TItem> : EnumerableSerializerBase<ImmutableArray<TItem>, TItem, ImmutableArray<TItem>.Builder>
{
    public ImmutableArraySerializer(IBsonSerializer<TItem> itemSerializer)
        : base(itemSerializer)
    {
    }

    public override void Serialize(BsonBinaryWriter writer, ImmutableArray<TItem> value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            writer.WriteNull();
            return;
        }

        base.Serialize(writer, value);
    }

    protected override IEnumerable<TItem> Enumerate(ImmutableArray<TItem> value) => value;

    protected override ImmutableArray<TItem>.Builder CreateBuilder() => ImmutableArray.CreateBuilder<TItem>();

    protected override void Add(ImmutableArray<TItem>.Builder builder, TItem item) => builder.Add(item);

    protected override ImmutableArray<TItem> Build(ImmutableArray<TItem>.Builder builder) => builder.ToImmutable();
}
