namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// The serializer of a mapped type that has an id member: it also reads and generates ids.
/// </summary>
/// <remarks>
/// <see cref="EnsureId"/> generates an <see cref="ObjectId"/> for <see cref="ObjectId"/> ids, a new ObjectId's hex digits
/// for string ids stored as ObjectId, and a version 7 (time-ordered) <see cref="Guid"/> for <see cref="Guid"/> ids, when
/// the id is null or default. Ids of other types (numbers, custom types, strings stored as strings) are left alone.
/// <see cref="TryGetId"/> returns <see langword="false"/> when the id is null or is a default that
/// <see cref="EnsureId"/> would replace; a default number such as <c>0</c> counts as an id. Structs are passed by value,
/// so a generated id is not stored in the caller's copy.
/// </remarks>
/// <typeparam name="TClass">The mapped type.</typeparam>
internal sealed class IdentifiedClassMapSerializer<TClass> : ClassMapSerializer<TClass>, IBsonIdProvider<TClass>
{
    public IdentifiedClassMapSerializer(BsonClassMap classMap)
        : base(classMap)
    {
    }

    public bool TryGetId(TClass document, out BsonValue? id)
    {
        ArgumentNullException.ThrowIfNull(document);
        var binding = IdBinding!;
        if (binding.IsIdMissing(document))
        {
            id = null;
            return false;
        }

        id = binding.ToBsonValue(document);
        return true;
    }

    public BsonValue EnsureId(TClass document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var binding = IdBinding!;
        if (binding.Map.IdGeneration != IdGeneration.None && binding.IsIdMissing(document))
        {
            binding.Generate(ref document);
        }

        return binding.ToBsonValue(document);
    }
}
