using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>The compiled accessors of one mapped member of <typeparamref name="TClass"/>, used by the class-map serializer without knowing the member type.</summary>
/// <typeparam name="TClass">The mapped class or struct.</typeparam>
internal abstract class MemberBinding<TClass>
{
    protected MemberBinding(BsonMemberMap map)
    {
        Map = map;
        Utf8ElementName = map.Utf8ElementName;
        CanSet = map.Access is not (MemberAccess.WriteOnly or MemberAccess.Constructor);
    }

    public BsonMemberMap Map { get; }

    public byte[] Utf8ElementName { get; }

    /// <summary>Gets whether reading stores the value through <see cref="Read"/>/<see cref="SetBoxed"/> (not the constructor, not skipped).</summary>
    public bool CanSet { get; }

    /// <summary>Writes the element (name and value) unless the value is left out.</summary>
    public abstract void Write(BsonBinaryWriter writer, TClass instance);

    /// <summary>Reads the value and assigns it; skips it for write-only members.</summary>
    public abstract void Read(ref BsonBinaryReader reader, BsonType type, ref TClass instance);

    /// <summary>Reads the value for the constructor path (boxed into a slot).</summary>
    public abstract object? ReadBoxed(ref BsonBinaryReader reader, BsonType type);

    /// <summary>Assigns a value read by <see cref="ReadBoxed"/>.</summary>
    public abstract void SetBoxed(ref TClass instance, object? value);

    /// <summary>Whether the id is missing: null, or the default of a type that <see cref="Generate"/> fills in.</summary>
    public abstract bool IsIdMissing(TClass instance);

    /// <summary>Assigns a newly generated id.</summary>
    public abstract void Generate(ref TClass instance);

    /// <summary>Renders the member's value as stored.</summary>
    public abstract BsonValue ToBsonValue(TClass instance);
}
