namespace MongoPatterns.Embedded.Updates;

/// <summary>The kinds of parts an update path can have.</summary>
internal enum UpdatePathPartKind
{
    /// <summary>A field name (or array index).</summary>
    Field,

    /// <summary>The positional operator <c>$</c>.</summary>
    Positional,

    /// <summary>The all-positional operator <c>$[]</c>.</summary>
    AllPositional,

    /// <summary>A filtered positional operator <c>$[identifier]</c>.</summary>
    Filtered,
}
