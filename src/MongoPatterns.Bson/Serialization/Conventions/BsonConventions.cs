namespace MongoPatterns.Bson.Serialization.Conventions;

/// <summary>
/// The rules a <see cref="BsonSerializerRegistry"/> applies when it maps classes and chooses built-in serializers.
/// Attributes on a class or member always win over these conventions.
/// </summary>
/// <remarks>
/// <para>
/// An options object in the Microsoft.Extensions style: create it, set what differs from the defaults, and hand it to
/// <see cref="BsonSerializerRegistry(BsonConventions)"/> (or assign <see cref="BsonSerializerRegistry.Conventions"/>
/// before the registry is first used). The registry freezes the instance when it creates its first serializer; setting
/// a property after that throws <see cref="InvalidOperationException"/>, so a registry never mixes two sets of rules.
/// </para>
/// <para>
/// The defaults: element names in camelCase, the <c>Id</c> member stored as <c>_id</c>, string ids stored as ObjectId
/// when they hold one, enums as Int32, decimals as Decimal128, GUIDs as standard UUIDs (binary subtype 4), nulls
/// written, and unknown elements rejected.
/// </para>
/// </remarks>
public sealed class BsonConventions
{
    private ElementNameConvention _elementNames = ElementNameConvention.CamelCase;
    private BsonType _enumRepresentation = BsonType.Int32;
    private BsonType _decimalRepresentation = BsonType.Decimal128;
    private GuidRepresentation _guidRepresentation = GuidRepresentation.Standard;
    private bool _ignoreExtraElements;
    private bool _ignoreIfNull;
    private bool _stringIdStoredAsObjectId = true;

    /// <summary>Gets or sets how element names are derived from member names (default <see cref="ElementNameConvention.CamelCase"/>).</summary>
    /// <remarks><c>[BsonElement("name")]</c> on a member sets its name verbatim; the id member is always <c>_id</c>.</remarks>
    public ElementNameConvention ElementNames
    {
        get => _elementNames;
        set
        {
            ThrowIfFrozen();
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown element name convention.");
            }

            _elementNames = value;
        }
    }

    /// <summary>
    /// Gets or sets how enums are stored when a member has no <c>[BsonRepresentation]</c>: <see cref="BsonType.Int32"/>
    /// (the default; enums whose underlying type is 64-bit use Int64), <see cref="BsonType.Int64"/> or
    /// <see cref="BsonType.String"/> (the member name). Reading accepts numbers and names whatever the setting.
    /// </summary>
    public BsonType EnumRepresentation
    {
        get => _enumRepresentation;
        set
        {
            ThrowIfFrozen();
            if (value is not (BsonType.Int32 or BsonType.Int64 or BsonType.String))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Enums can be stored as Int32, Int64 or String.");
            }

            _enumRepresentation = value;
        }
    }

    /// <summary>
    /// Gets or sets how <see cref="decimal"/> values are stored when a member has no <c>[BsonRepresentation]</c>:
    /// <see cref="BsonType.Decimal128"/> (the default, exact), <see cref="BsonType.Double"/> (lossy) or
    /// <see cref="BsonType.String"/>.
    /// </summary>
    public BsonType DecimalRepresentation
    {
        get => _decimalRepresentation;
        set
        {
            ThrowIfFrozen();
            if (value is not (BsonType.Decimal128 or BsonType.Double or BsonType.String))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Decimals can be stored as Decimal128, Double or String.");
            }

            _decimalRepresentation = value;
        }
    }

    /// <summary>
    /// Gets or sets the byte order of <see cref="Guid"/> values stored as binary (default
    /// <see cref="GuidRepresentation.Standard"/>, subtype 4). A legacy representation writes and reads subtype 3 in that
    /// driver's byte order, for collections written by older drivers.
    /// </summary>
    public GuidRepresentation GuidRepresentation
    {
        get => _guidRepresentation;
        set
        {
            ThrowIfFrozen();
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown GUID representation.");
            }

            _guidRepresentation = value;
        }
    }

    /// <summary>
    /// Gets or sets whether elements that match no member are skipped instead of rejected (default
    /// <see langword="false"/>: reading one throws <see cref="BsonSerializationException"/> naming the element, unless
    /// the class has a <c>[BsonExtraElements]</c> member or <c>[BsonIgnoreExtraElements]</c>).
    /// </summary>
    public bool IgnoreExtraElements
    {
        get => _ignoreExtraElements;
        set
        {
            ThrowIfFrozen();
            _ignoreExtraElements = value;
        }
    }

    /// <summary>
    /// Gets or sets whether members holding <see langword="null"/> are left out of documents (default
    /// <see langword="false"/>: they are written as BSON null). <c>[BsonIgnoreIfNull]</c> does this per member.
    /// </summary>
    public bool IgnoreIfNull
    {
        get => _ignoreIfNull;
        set
        {
            ThrowIfFrozen();
            _ignoreIfNull = value;
        }
    }

    /// <summary>
    /// Gets or sets whether a <see cref="string"/> id member without <c>[BsonRepresentation]</c> is stored as an ObjectId
    /// (default <see langword="true"/>).
    /// </summary>
    /// <remarks>
    /// The convention is lenient so that natural string keys keep working: an id of exactly 24 lowercase hexadecimal
    /// digits (what <see cref="ObjectId.ToString()"/> produces) is stored as an ObjectId, any other string as a string,
    /// and both read back as the same string. Empty or null ids are generated as new ObjectIds by
    /// <see cref="IBsonIdProvider{T}.EnsureId"/>. <c>[BsonRepresentation(BsonType.ObjectId)]</c> is strict instead: it
    /// rejects strings that are not ObjectIds; <c>[BsonRepresentation(BsonType.String)]</c> always stores a string.
    /// </remarks>
    public bool StringIdStoredAsObjectId
    {
        get => _stringIdStoredAsObjectId;
        set
        {
            ThrowIfFrozen();
            _stringIdStoredAsObjectId = value;
        }
    }

    /// <summary>Gets whether a registry has started using these conventions (they can no longer change).</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>Freezes the conventions: a registry is about to build serializers with them.</summary>
    internal void Freeze() => IsFrozen = true;

    private void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException(
                "These conventions are in use by a BsonSerializerRegistry and can no longer change; configure them before the registry creates its first serializer.");
        }
    }
}
