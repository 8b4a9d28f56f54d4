using System.Text;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Definitions;

/// <summary>
/// Follows a dotted path through the serializers: member names become element names where the document serializer
/// maps them (<see cref="IBsonDocumentSerializer"/>); array positions (<c>0</c>, <c>$</c>, <c>$[]</c>, <c>$[id]</c>)
/// step into item serializers (<see cref="IBsonArraySerializer"/>). Segments that cannot be followed are kept as given.
/// </summary>
internal static class FieldPathResolver
{
    /// <summary>Resolves <paramref name="path"/>.</summary>
    /// <returns>The element path and the serializer of the last segment, or <see langword="null"/> when it is unknown.</returns>
    public static (string Path, IBsonSerializer? Serializer) Resolve(string path, IBsonSerializer documentSerializer)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        IBsonSerializer? current = documentSerializer;
        if (current is not IBsonDocumentSerializer && !path.Contains('.', StringComparison.Ordinal))
        {
            return (path, null);
        }

        var result = new StringBuilder(path.Length);
        foreach (var segment in path.Split('.'))
        {
            if (result.Length > 0)
            {
                result.Append('.');
            }

            if (current is IBsonDocumentSerializer documentMembers && documentMembers.TryGetMemberSerializationInfo(segment, out var member))
            {
                result.Append(member.ElementName);
                current = member.Serializer;
            }
            else if (IsArrayPosition(segment) && current is IBsonArraySerializer array && array.TryGetItemSerializationInfo(out var item))
            {
                result.Append(segment);
                current = item.Serializer;
            }
            else
            {
                result.Append(segment);
                current = null;
            }
        }

        return (result.ToString(), current);
    }

    private static bool IsArrayPosition(string segment) =>
        segment == "$" || segment.StartsWith("$[", StringComparison.Ordinal) || (segment.Length > 0 && segment.All(char.IsAsciiDigit));
}
