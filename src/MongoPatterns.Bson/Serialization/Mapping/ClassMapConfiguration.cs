using System.Reflection;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>The fluent configuration of one class (<see cref="BsonSerializerRegistry.MapClass{T}"/>), applied over its attributes.</summary>
internal sealed class ClassMapConfiguration
{
    public Dictionary<string, MemberConfiguration> Members { get; } = new(StringComparer.Ordinal);

    public bool? IgnoreExtraElements { get; set; }

    public ConstructorInfo? Constructor { get; set; }

    public MemberConfiguration GetMember(string memberName)
    {
        if (!Members.TryGetValue(memberName, out var member))
        {
            member = new MemberConfiguration();
            Members.Add(memberName, member);
        }

        return member;
    }
}
