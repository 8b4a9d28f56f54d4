using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>What a collection's text index covers: field weights (or every string field), languages.</summary>
internal sealed class TextIndexDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="weights">The indexed paths and their weights.</param>
    /// <param name="indexesAllFields">Whether every string field is indexed (<c>$**</c>); listed weights still apply.</param>
    /// <param name="defaultLanguage">The <c>default_language</c> option.</param>
    /// <param name="languageOverride">The <c>language_override</c> option.</param>
    public TextIndexDefinition(
        IReadOnlyDictionary<string, int> weights,
        bool indexesAllFields = false,
        string defaultLanguage = "english",
        string languageOverride = "language")
    {
        ArgumentNullException.ThrowIfNull(weights);
        Weights = weights;
        IndexesAllFields = indexesAllFields;
        DefaultLanguage = defaultLanguage;
        LanguageOverride = languageOverride;
    }

    /// <summary>Gets the indexed paths and their weights.</summary>
    public IReadOnlyDictionary<string, int> Weights { get; }

    /// <summary>Gets a value indicating whether every string field is indexed (wildcard text index).</summary>
    public bool IndexesAllFields { get; }

    /// <summary>Gets the language used when a document does not name one.</summary>
    public string DefaultLanguage { get; }

    /// <summary>Gets the document field that names a document's language.</summary>
    public string LanguageOverride { get; }

    /// <summary>
    /// Builds the definition from an index's key pattern and options, in the form <c>createIndexes</c> accepts
    /// (<c>{title: "text", body: "text"}</c>, <c>{"$**": "text"}</c>) or the stored form (<c>{_fts: "text", _ftsx: 1}</c>
    /// with a <c>weights</c> option).
    /// </summary>
    /// <param name="keyPattern">The <c>key</c> of the index.</param>
    /// <param name="options">The index document or options (<c>weights</c>, <c>default_language</c>, <c>language_override</c>).</param>
    /// <returns>The definition.</returns>
    public static TextIndexDefinition FromIndex(BsonDocument keyPattern, BsonDocument? options)
    {
        ArgumentNullException.ThrowIfNull(keyPattern);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = false;
        foreach (var element in keyPattern)
        {
            if (element.Value is BsonString { Value: "text" })
            {
                if (element.Name == "$**")
                {
                    all = true;
                }
                else if (element.Name != "_fts")
                {
                    weights[element.Name] = 1;
                }
            }
        }

        if (options?.GetValue("weights", null) is BsonDocument explicitWeights)
        {
            foreach (var element in explicitWeights)
            {
                if (element.Name == "$**")
                {
                    all = true;
                }
                else if (element.Value.IsNumeric)
                {
                    weights[element.Name] = (int)element.Value.ToDouble();
                }
            }
        }

        var language = options?.GetValue("default_language", null) is BsonString defaultLanguage ? defaultLanguage.Value : "english";
        var languageOverride = options?.GetValue("language_override", null) is BsonString overrideField ? overrideField.Value : "language";
        return new TextIndexDefinition(weights, all, language, languageOverride);
    }
}
