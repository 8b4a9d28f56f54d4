using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Language-specific rules for comparing strings (the <c>collation</c> option): locale, strength, case handling, numeric ordering.</summary>
public sealed record Collation
{
    /// <summary>Creates a collation for a locale.</summary>
    /// <param name="locale">The ICU locale, e.g. <c>en</c>, <c>fr_CA</c>, or <c>simple</c> for binary comparison.</param>
    public Collation(string locale)
    {
        ArgumentException.ThrowIfNullOrEmpty(locale);
        Locale = locale;
    }

    /// <summary>Gets the simple (binary) collation.</summary>
    public static Collation Simple { get; } = new("simple");

    /// <summary>Gets the ICU locale.</summary>
    public string Locale { get; }

    /// <summary>Gets the comparison strength, 1 (base letters) to 5 (identical), or <see langword="null"/> for the default (3).</summary>
    public int? Strength { get; init; }

    /// <summary>Gets whether case is compared at strength 1 and 2, or <see langword="null"/>.</summary>
    public bool? CaseLevel { get; init; }

    /// <summary>Gets which case sorts first: <c>upper</c>, <c>lower</c> or <c>off</c>, or <see langword="null"/>.</summary>
    public string? CaseFirst { get; init; }

    /// <summary>Gets whether digit strings compare as numbers, or <see langword="null"/>.</summary>
    public bool? NumericOrdering { get; init; }

    /// <summary>Gets whether spaces and punctuation are ignored (<c>shifted</c>) or not (<c>non-ignorable</c>), or <see langword="null"/>.</summary>
    public string? Alternate { get; init; }

    /// <summary>Gets which characters <see cref="Alternate"/> ignores (<c>punct</c> or <c>space</c>), or <see langword="null"/>.</summary>
    public string? MaxVariable { get; init; }

    /// <summary>Gets whether text is normalized before comparison, or <see langword="null"/>.</summary>
    public bool? Normalization { get; init; }

    /// <summary>Gets whether secondary differences are compared from the end (French), or <see langword="null"/>.</summary>
    public bool? Backwards { get; init; }

    /// <summary>Renders the collation document.</summary>
    /// <returns>The document.</returns>
    public BsonDocument ToBsonDocument()
    {
        var document = new BsonDocument("locale", Locale);
        Add(document, "caseLevel", CaseLevel);
        if (CaseFirst is not null)
        {
            document.Add("caseFirst", CaseFirst);
        }

        if (Strength is { } strength)
        {
            document.Add("strength", strength);
        }

        Add(document, "numericOrdering", NumericOrdering);
        if (Alternate is not null)
        {
            document.Add("alternate", Alternate);
        }

        if (MaxVariable is not null)
        {
            document.Add("maxVariable", MaxVariable);
        }

        Add(document, "normalization", Normalization);
        Add(document, "backwards", Backwards);
        return document;
    }

    private static void Add(BsonDocument document, string name, bool? value)
    {
        if (value is { } flag)
        {
            document.Add(name, flag);
        }
    }
}
