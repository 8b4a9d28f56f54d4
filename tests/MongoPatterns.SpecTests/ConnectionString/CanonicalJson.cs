using System.Text;
using System.Text.Json;

namespace MongoPatterns.SpecTests.ConnectionString;

/// <summary>Compares expected JSON values with actual .NET values by writing both as JSON with sorted object keys.</summary>
internal static class CanonicalJson
{
    public static bool Equal(JsonElement expected, object? actual) =>
        string.Equals(Write(expected), Write(actual), StringComparison.Ordinal);

    public static string Write(object? value) => Write(value is JsonElement element ? element : JsonSerializer.SerializeToElement(value));

    private static string Write(JsonElement element)
    {
        var text = new StringBuilder();
        Append(text, element);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(property => property.Name, StringComparer.Ordinal))
                {
                    text.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Append(text, property.Value);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    text.Append(index++ > 0 ? "," : string.Empty);
                    Append(text, item);
                }

                text.Append(']');
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }
}
