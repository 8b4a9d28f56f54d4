using System.Globalization;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>Builds the index documents of <c>createIndexes</c> and the default index names of the Index Management specification.</summary>
internal static class IndexSpecifications
{
    /// <summary>Builds <c>{ key, name, unique, sparse, expireAfterSeconds, ... }</c>.</summary>
    public static BsonDocument Create(BsonDocument keys, CreateIndexOptions? options)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.ElementCount == 0)
        {
            throw new ArgumentException("An index needs at least one key.", nameof(keys));
        }

        var index = new BsonDocument { { "key", keys }, { "name", options?.Name ?? GenerateName(keys) } };
        if (options is null)
        {
            return index;
        }

        if (options.Unique is { } unique)
        {
            index.Add("unique", unique);
        }

        if (options.Sparse is { } sparse)
        {
            index.Add("sparse", sparse);
        }

        if (options.ExpireAfter is { } expireAfter)
        {
            index.Add("expireAfterSeconds", (long)expireAfter.TotalSeconds);
        }

        if (options.PartialFilterExpression is { } partial)
        {
            index.Add("partialFilterExpression", partial);
        }

        if (options.Collation is { } collation)
        {
            index.Add("collation", collation.ToBsonDocument());
        }

        if (options.Weights is { } weights)
        {
            index.Add("weights", weights);
        }

        if (options.DefaultLanguage is { } language)
        {
            index.Add("default_language", language);
        }

        if (options.LanguageOverride is { } languageOverride)
        {
            index.Add("language_override", languageOverride);
        }

        if (options.Hidden is { } hidden)
        {
            index.Add("hidden", hidden);
        }

        return index;
    }

    /// <summary>The default name: each key and its value joined by underscores, e.g. <c>{ a: 1, b: -1, c: "text" }</c> gives <c>a_1_b_-1_c_text</c>.</summary>
    public static string GenerateName(BsonDocument keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var name = new StringBuilder();
        foreach (var key in keys)
        {
            if (name.Length > 0)
            {
                name.Append('_');
            }

            name.Append(key.Name).Append('_').Append(FormatValue(key.Value));
        }

        return name.ToString();
    }

    private static string FormatValue(BsonValue value) => value.BsonType switch
    {
        BsonType.Int32 or BsonType.Int64 => value.ToInt64().ToString(CultureInfo.InvariantCulture),
        BsonType.Double when value.AsDouble == Math.Floor(value.AsDouble) && Math.Abs(value.AsDouble) < long.MaxValue => ((long)value.AsDouble).ToString(CultureInfo.InvariantCulture),
        BsonType.Double => value.AsDouble.ToString(CultureInfo.InvariantCulture),
        BsonType.String => value.AsString,
        _ => value.ToString().Replace(' ', '_'),
    };
}
