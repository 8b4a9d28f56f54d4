using System.Linq.Expressions;
using System.Reflection;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// Configures how <typeparamref name="T"/> is mapped, for types that cannot carry attributes; used through
/// <see cref="BsonSerializerRegistry.MapClass{T}"/>. Settings override attributes; everything not configured follows
/// the attributes and conventions.
/// </summary>
/// <typeparam name="T">The class or struct.</typeparam>
/// <example>
/// <code>
/// registry.MapClass&lt;Invoice&gt;(map =&gt;
/// {
///     map.MapIdMember(x =&gt; x.Number);
///     map.MapMember(x =&gt; x.Total).SetElementName("t").SetRepresentation(BsonType.Double);
///     map.UnmapMember(x =&gt; x.Cache);
/// });
/// </code>
/// </example>
public sealed class BsonClassMapBuilder<T>
{
    private readonly ClassMapConfiguration _configuration;

    internal BsonClassMapBuilder(ClassMapConfiguration configuration)
    {
        _configuration = configuration;
    }

    /// <summary>Maps a member (also one that would not be mapped by default, such as a computed property).</summary>
    /// <typeparam name="TMember">The member type.</typeparam>
    /// <param name="member">The member, as <c>x =&gt; x.Name</c>.</param>
    /// <returns>A builder for the member's settings.</returns>
    public BsonMemberMapBuilder MapMember<TMember>(Expression<Func<T, TMember>> member)
    {
        var configuration = _configuration.GetMember(GetMemberName(member));
        configuration.IsMapped = true;
        configuration.IsIgnored = false;
        return new BsonMemberMapBuilder(configuration);
    }

    /// <summary>Maps a member as the document's <c>_id</c> (like <c>[BsonId]</c>).</summary>
    /// <typeparam name="TMember">The member type.</typeparam>
    /// <param name="member">The member, as <c>x =&gt; x.Key</c>.</param>
    /// <returns>A builder for the member's settings.</returns>
    public BsonMemberMapBuilder MapIdMember<TMember>(Expression<Func<T, TMember>> member)
    {
        foreach (var other in _configuration.Members.Values)
        {
            other.IsId = false;
        }

        var builder = MapMember(member);
        _configuration.GetMember(GetMemberName(member)).IsId = true;
        return builder;
    }

    /// <summary>Leaves a member out (like <c>[BsonIgnore]</c>).</summary>
    /// <typeparam name="TMember">The member type.</typeparam>
    /// <param name="member">The member, as <c>x =&gt; x.Cache</c>.</param>
    /// <returns>This builder.</returns>
    public BsonClassMapBuilder<T> UnmapMember<TMember>(Expression<Func<T, TMember>> member)
    {
        var configuration = _configuration.GetMember(GetMemberName(member));
        configuration.IsIgnored = true;
        configuration.IsMapped = false;
        return this;
    }

    /// <summary>Makes a member collect unknown elements (like <c>[BsonExtraElements]</c>).</summary>
    /// <typeparam name="TMember">The member type: <see cref="BsonDocument"/> or a dictionary of string to object.</typeparam>
    /// <param name="member">The member, as <c>x =&gt; x.Extra</c>.</param>
    /// <returns>This builder.</returns>
    public BsonClassMapBuilder<T> MapExtraElementsMember<TMember>(Expression<Func<T, TMember>> member)
    {
        foreach (var other in _configuration.Members.Values)
        {
            other.IsExtraElements = false;
        }

        _configuration.GetMember(GetMemberName(member)).IsExtraElements = true;
        return this;
    }

    /// <summary>Sets whether unknown elements are skipped (like <c>[BsonIgnoreExtraElements]</c>).</summary>
    /// <param name="ignoreExtraElements">Whether to skip them.</param>
    /// <returns>This builder.</returns>
    public BsonClassMapBuilder<T> SetIgnoreExtraElements(bool ignoreExtraElements = true)
    {
        _configuration.IgnoreExtraElements = ignoreExtraElements;
        return this;
    }

    /// <summary>Picks the constructor used when reading (like <c>[BsonConstructor]</c>).</summary>
    /// <param name="parameterTypes">The parameter types of a constructor of <typeparamref name="T"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> has no such constructor.</exception>
    public BsonClassMapBuilder<T> MapConstructor(params Type[] parameterTypes)
    {
        ArgumentNullException.ThrowIfNull(parameterTypes);
        _configuration.Constructor = typeof(T).GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, parameterTypes)
            ?? throw new ArgumentException($"{TypeNames.Format(typeof(T))} has no constructor with these parameter types.", nameof(parameterTypes));
        return this;
    }

    private static string GetMemberName<TMember>(Expression<Func<T, TMember>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var body = member.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } conversion)
        {
            body = conversion.Operand;
        }

        if (body is MemberExpression { Member: PropertyInfo or FieldInfo } access && access.Expression == member.Parameters[0])
        {
            return access.Member.Name;
        }

        throw new ArgumentException($"The expression must select a property or field of {TypeNames.Format(typeof(T))}, as in x => x.Name.", nameof(member));
    }
}
