namespace MongoPatterns.Bson.Json;

/// <summary>How <see cref="BsonValue.ToJson(JsonWriterSettings)"/> formats Extended JSON. Immutable once created.</summary>
/// <example>
/// <code>
/// var text = document.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.CanonicalExtendedJson, Indent = true });
/// </code>
/// </example>
public sealed class JsonWriterSettings
{
    private readonly string _indentChars = "  ";

    /// <summary>Gets the default settings: relaxed Extended JSON on one line.</summary>
    public static JsonWriterSettings Default { get; } = new();

    /// <summary>Gets settings for relaxed Extended JSON on one line (the same instance as <see cref="Default"/>).</summary>
    public static JsonWriterSettings Relaxed => Default;

    /// <summary>Gets settings for canonical Extended JSON on one line.</summary>
    public static JsonWriterSettings Canonical { get; } = new() { OutputMode = JsonOutputMode.CanonicalExtendedJson };

    /// <summary>Gets the format to produce (default <see cref="JsonOutputMode.RelaxedExtendedJson"/>).</summary>
    public JsonOutputMode OutputMode { get; init; } = JsonOutputMode.RelaxedExtendedJson;

    /// <summary>
    /// Gets a value indicating whether documents and arrays are written one element per line, indented with
    /// <see cref="IndentChars"/> per level and separated by <c>\n</c> (default false: one line,
    /// <c>{"a": 1, "b": [1, 2]}</c>). Type wrappers such as <c>{"$oid": "..."}</c> always stay on one line.
    /// </summary>
    public bool Indent { get; init; }

    /// <summary>Gets the text written per nesting level when <see cref="Indent"/> is true (default two spaces).</summary>
    /// <exception cref="ArgumentException">Set to a string with characters other than JSON whitespace (space, tab, CR, LF).</exception>
    public string IndentChars
    {
        get => _indentChars;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.AsSpan().ContainsAnyExcept(" \t\r\n"))
            {
                throw new ArgumentException("Indentation may only contain JSON whitespace: spaces, tabs, CR and LF.", nameof(value));
            }

            _indentChars = value;
        }
    }
}
