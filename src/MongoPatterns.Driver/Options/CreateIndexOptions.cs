using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Options of one index.</summary>
public sealed class CreateIndexOptions
{
    /// <summary>Gets or sets the collation of the index.</summary>
    public Collation? Collation { get; set; }

    /// <summary>Gets or sets the default language of a text index.</summary>
    public string? DefaultLanguage { get; set; }

    /// <summary>Gets or sets how long after the indexed date a document expires (TTL index; the field must hold dates).</summary>
    public TimeSpan? ExpireAfter { get; set; }

    /// <summary>Gets or sets whether the index is hidden from the query planner.</summary>
    public bool? Hidden { get; set; }

    /// <summary>Gets or sets the field that overrides a document's language in a text index.</summary>
    public string? LanguageOverride { get; set; }

    /// <summary>Gets or sets the index name; by default it is made from the keys, e.g. <c>a_1_b_-1</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the filter a document must match to be indexed (partial index).</summary>
    public BsonDocument? PartialFilterExpression { get; set; }

    /// <summary>Gets or sets whether documents without the indexed field are left out (sparse index).</summary>
    public bool? Sparse { get; set; }

    /// <summary>Gets or sets whether the index rejects duplicate keys.</summary>
    public bool? Unique { get; set; }

    /// <summary>Gets or sets the weights of the fields of a text index, e.g. <c>{ title: 10, body: 1 }</c>.</summary>
    public BsonDocument? Weights { get; set; }
}
