using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// How a class, record or struct is mapped to a BSON document: its id, its members in document order with their element
/// names and serializers, and the constructor used when reading. Built once per type and registry from attributes,
/// conventions and <see cref="BsonSerializerRegistry.MapClass{T}"/>; read-only afterwards.
/// </summary>
/// <remarks>
/// <para>
/// Mapped by default: public properties with a public getter that can be set (public, private or init setter), that
/// are get-only auto-properties (set through their backing field), or that match a parameter of the chosen constructor;
/// and public fields. Computed get-only properties are skipped unless marked <c>[BsonElement]</c> (then they are
/// written only). Non-public members are mapped only when marked <c>[BsonId]</c> or <c>[BsonElement]</c>. Members
/// marked <c>[BsonIgnore]</c> are skipped.
/// </para>
/// <para>
/// Document order: the id first, then members with an explicit <c>Order</c>, then declaration order with base classes
/// first (within a class, properties before fields, since reflection cannot interleave them).
/// </para>
/// <para>
/// Constructors: the one marked <c>[BsonConstructor]</c>; otherwise a public parameterless one; otherwise the public
/// constructor with the most parameters that all match members by name (ignoring case) or have default values, as
/// positional records need; otherwise a non-public parameterless one. Structs start from <c>default</c> and get their
/// members set, unless some members can only be set through a constructor (as in <see cref="KeyValuePair{TKey, TValue}"/>).
/// Instances created through a constructor with parameters gather the values first, boxing value types.
/// </para>
/// <para>
/// Polymorphism is not supported: no type discriminator is written, a member is serialized by its declared type, and
/// abstract types and interfaces cannot be read. Register a custom serializer for such hierarchies.
/// </para>
/// </remarks>
public sealed class BsonClassMap
{
    private FrozenDictionary<string, BsonMemberMap> _byMemberName = FrozenDictionary<string, BsonMemberMap>.Empty;
    private FrozenDictionary<string, BsonMemberMap> _byElementName = FrozenDictionary<string, BsonMemberMap>.Empty;

    internal BsonClassMap(Type classType)
    {
        ClassType = classType;
    }

    /// <summary>Gets the mapped type.</summary>
    public Type ClassType { get; }

    /// <summary>Gets the id member (stored as <c>_id</c>), if the type has one.</summary>
    public BsonMemberMap? IdMember { get; private set; }

    /// <summary>Gets the mapped members in document order (the id first).</summary>
    public IReadOnlyList<BsonMemberMap> Members { get; private set; } = [];

    /// <summary>Gets the member that collects unknown elements, if any (it is not in <see cref="Members"/>).</summary>
    public MemberInfo? ExtraElementsMember { get; private set; }

    /// <summary>Gets whether unknown elements are skipped when there is no <see cref="ExtraElementsMember"/>.</summary>
    public bool IgnoreExtraElements { get; private set; }

    /// <summary>Gets the constructor used when reading, or <see langword="null"/> for structs created as <c>default</c> and for types that cannot be read.</summary>
    public ConstructorInfo? Constructor { get; private set; }

    /// <summary>Gets whether instances can be read (the type is concrete and has a usable constructor).</summary>
    public bool CanDeserialize { get; private set; }

    /// <summary>Gets the type of the <see cref="ExtraElementsMember"/>.</summary>
    internal Type? ExtraElementsType { get; private set; }

    internal BindState State { get; set; }

    /// <summary>Gets or sets the typed creation and extra-element delegates, set when the members are bound.</summary>
    internal object? Creation { get; set; }

    /// <summary>Gets, per constructor parameter, the member it sets (or null when it takes its default); null unless instances are created through a constructor with parameters.</summary>
    internal BsonMemberMap?[]? CreatorParameters { get; set; }

    /// <summary>Gets, per constructor parameter, the value passed when its element is missing.</summary>
    internal object?[] CreatorDefaults { get; set; } = [];

    /// <summary>Gets whether instances are created without arguments (by <see cref="Constructor"/>, or as <c>default</c> for structs).</summary>
    internal bool UsesFactory { get; set; }

    /// <summary>Gets why instances cannot be read, when <see cref="CanDeserialize"/> is false.</summary>
    internal string? CannotCreateReason { get; set; }

    /// <summary>Gets the class map of <paramref name="type"/> in <see cref="BsonSerializerRegistry.Default"/>.</summary>
    /// <param name="type">A class, record or struct.</param>
    /// <returns>The class map.</returns>
    public static BsonClassMap Lookup(Type type) => BsonSerializerRegistry.Default.GetClassMap(type);

    /// <summary>Gets the class map of <typeparamref name="T"/> in <see cref="BsonSerializerRegistry.Default"/>.</summary>
    /// <typeparam name="T">A class, record or struct.</typeparam>
    /// <returns>The class map.</returns>
    public static BsonClassMap Lookup<T>() => BsonSerializerRegistry.Default.GetClassMap<T>();

    /// <summary>Finds a mapped member by its .NET name (ordinal).</summary>
    /// <param name="memberName">The property or field name.</param>
    /// <param name="member">The member map.</param>
    /// <returns>Whether the member is mapped.</returns>
    public bool TryGetMember(string memberName, [NotNullWhen(true)] out BsonMemberMap? member)
    {
        ArgumentNullException.ThrowIfNull(memberName);
        return _byMemberName.TryGetValue(memberName, out member);
    }

    /// <summary>Finds a mapped member by its .NET name.</summary>
    /// <param name="memberName">The property or field name.</param>
    /// <returns>The member map, or <see langword="null"/> when the member is not mapped.</returns>
    public BsonMemberMap? GetMember(string memberName) => TryGetMember(memberName, out var member) ? member : null;

    /// <summary>Finds a mapped member by its element name.</summary>
    /// <param name="elementName">The BSON element name.</param>
    /// <returns>The member map, or <see langword="null"/>.</returns>
    public BsonMemberMap? GetMemberByElementName(string elementName)
    {
        ArgumentNullException.ThrowIfNull(elementName);
        return _byElementName.TryGetValue(elementName, out var member) ? member : null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"BsonClassMap({TypeNames.Format(ClassType)}: {string.Join(", ", Members.Select(m => m.ElementName))})";

    internal void Complete(
        List<BsonMemberMap> members,
        MemberInfo? extraElementsMember,
        Type? extraElementsType,
        bool ignoreExtraElements,
        ConstructorInfo? constructor,
        bool canDeserialize)
    {
        for (var i = 0; i < members.Count; i++)
        {
            members[i].Position = i;
        }

        Members = members.AsReadOnly();
        IdMember = members.FirstOrDefault(static member => member.IsId);
        ExtraElementsMember = extraElementsMember;
        ExtraElementsType = extraElementsType;
        IgnoreExtraElements = ignoreExtraElements;
        Constructor = constructor;
        CanDeserialize = canDeserialize;
        _byMemberName = members.ToFrozenDictionary(static member => member.MemberName, StringComparer.Ordinal);
        _byElementName = members.ToFrozenDictionary(static member => member.ElementName, StringComparer.Ordinal);
    }

    /// <summary>The progress of binding members to serializers.</summary>
    internal enum BindState
    {
        Described,
        Binding,
        Bound,
    }
}
