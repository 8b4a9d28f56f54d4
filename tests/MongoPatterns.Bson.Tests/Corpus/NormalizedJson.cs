using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>
/// Compares JSON texts as the bson-corpus spec asks ("normalize JSON comparisons"): both sides are parsed and written
/// again without whitespace and with one escaping style, so only structure, key order, string contents and the exact
/// spelling of numbers count.
/// </summary>
public static class NormalizedJson
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the normalized form of a JSON text.</summary>
    /// <param name="json">Any JSON text.</param>
    /// <returns>The same JSON on one line, with uniform escapes.</returns>
    public static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_writerOptions))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Asserts that two JSON texts are equal once normalized.</summary>
    /// <param name="expected">The expected JSON.</param>
    /// <param name="actual">The JSON produced.</param>
    /// <param name="step">What was converted, for the failure message (e.g. "cB → cEJ").</param>
    public static void AssertEqual(string expected, string actual, string step)
    {
        var normalizedExpected = Normalize(expected);
        var normalizedActual = Normalize(actual);
        if (!string.Equals(normalizedExpected, normalizedActual, StringComparison.Ordinal))
        {
            Assert.Fail($"{step}:{Environment.NewLine}expected {normalizedExpected}{Environment.NewLine}actual   {normalizedActual}");
        }
    }
}
