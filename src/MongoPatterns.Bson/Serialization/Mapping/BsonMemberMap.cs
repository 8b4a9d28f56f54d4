using System.Reflection;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>How one property or field of a mapped class is stored. Read-only: change mappings with attributes, conventions or <see cref="BsonSerializerRegistry.MapClass{T}"/>.</summary>
public sealed class BsonMemberMap
{
    private IBsonSerializer? _serializer;
    private BsonSerializationInfo? _serializationInfo;

    internal BsonMemberMap(MemberInfo memberInfo, Type memberType, string elementName)
    {
        MemberInfo = memberInfo;
        MemberType = memberType;
        ElementName = elementName;
        Utf8ElementName = System.Text.Encoding.UTF8.GetBytes(elementName);
    }

    /// <summary>Gets the .NET property or field.</summary>
    public MemberInfo MemberInfo { get; }

    /// <summary>Gets the .NET member name.</summary>
    public string MemberName => MemberInfo.Name;

    /// <summary>Gets the member's declared type.</summary>
    public Type MemberType { get; }

    /// <summary>Gets the BSON element name (<c>_id</c> for the id member).</summary>
    public string ElementName { get; }

    /// <summary>Gets whether this is the id member.</summary>
    public bool IsId { get; internal set; }

    /// <summary>Gets whether a null value is left out of the document.</summary>
    public bool IgnoreIfNull { get; internal set; }

    /// <summary>Gets whether a default value is left out of the document.</summary>
    public bool IgnoreIfDefault { get; internal set; }

    /// <summary>Gets the representation chosen with <c>[BsonRepresentation]</c> or the fluent API, if any.</summary>
    public BsonType? Representation { get; internal set; }

    /// <summary>
    /// Gets whether the member is read back: through a setter, an init accessor, a backing field or a constructor
    /// parameter. Members that are only written (computed properties mapped explicitly) return <see langword="false"/>.
    /// </summary>
    public bool IsReadBack { get; internal set; }

    /// <summary>Gets whether the member is set through a constructor parameter.</summary>
    public bool IsConstructorParameter { get; internal set; }

    /// <summary>Gets the serializer of the member's values.</summary>
    public IBsonSerializer Serializer => _serializer ?? throw new InvalidOperationException("The member map is still being built.");

    /// <summary>Gets the element name and serializer, as query translation needs them.</summary>
    public BsonSerializationInfo SerializationInfo => _serializationInfo ?? throw new InvalidOperationException("The member map is still being built.");

    internal byte[] Utf8ElementName { get; }

    internal int Order { get; set; } = int.MaxValue;

    internal int Position { get; set; }

    /// <summary>Gets or sets the typed accessor (a <c>MemberBinding&lt;TClass, TMember&gt;</c>).</summary>
    internal object? Binding { get; set; }

    internal MemberAccess Access { get; set; }

    internal IdGeneration IdGeneration { get; set; }

    /// <summary>Gets or sets what attributes and the fluent API said about the member.</summary>
    internal MemberConfiguration Configuration { get; set; } = new();

    /// <summary>Gets the member's value from an instance of the mapped class.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>The value (boxed).</returns>
    public object? GetValue(object instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return ((IMemberValueReader)(Binding ?? throw new InvalidOperationException("The member map is still being built."))).GetValue(instance);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{MemberName} -> {ElementName}";

    internal void SetSerializer(IBsonSerializer serializer)
    {
        _serializer = serializer;
        _serializationInfo = new BsonSerializationInfo(ElementName, serializer, MemberType);
    }
}
