using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Storage;

/// <summary>A validated index specification: key pattern, name and options, and the spec listIndexes reports.</summary>
internal sealed class IndexDefinition
{
    /// <summary>The name of the index every collection has.</summary>
    public const string IdIndexName = "_id_";

    private static readonly HashSet<string> AllowedSpecFields = new(StringComparer.Ordinal)
    {
        "key", "name", "unique", "sparse", "partialFilterExpression", "expireAfterSeconds", "hidden", "collation",
        "weights", "default_language", "language_override", "textIndexVersion", "background", "v", "ns",
        "storageEngine", "2dsphereIndexVersion", "bits", "min", "max", "wildcardProjection", "bucketSize",
        "prepareUnique", "dropDups", "coarsestIndexedLevel", "finestIndexedLevel",
    };

    private static readonly HashSet<string> KnownPlugins = new(StringComparer.Ordinal) { "text", "hashed", "2d", "2dsphere", "geoHaystack" };

    private IndexDefinition(string name, BsonDocument key, IndexField[] fields, BsonDocument spec)
    {
        Name = name;
        Key = key;
        Fields = fields;
        Spec = spec;
        Directions = fields.Select(f => f.Direction).ToArray();
        FieldPaths = fields.Select(f => f.Path.Split('.')).ToArray();
    }

    /// <summary>Gets the index name.</summary>
    public string Name { get; }

    /// <summary>Gets the key pattern as the user gave it (as listIndexes reports it).</summary>
    public BsonDocument Key { get; }

    /// <summary>Gets the fields entries are built from (for text indexes: the weighted fields).</summary>
    public IReadOnlyList<IndexField> Fields { get; }

    /// <summary>Gets each field's path split at the dots (cached for key generation).</summary>
    public string[][] FieldPaths { get; }

    /// <summary>Gets the direction of each field.</summary>
    public int[] Directions { get; }

    /// <summary>Gets the normalised specification: <c>{ v: 2, key, name, ...options }</c>.</summary>
    public BsonDocument Spec { get; }

    /// <summary>Gets a value indicating whether the index rejects duplicate keys.</summary>
    public bool Unique { get; private init; }

    /// <summary>Gets a value indicating whether documents without any indexed field are left out.</summary>
    public bool Sparse { get; private init; }

    /// <summary>Gets a value indicating whether the planner ignores the index.</summary>
    public bool Hidden { get; private init; }

    /// <summary>Gets the partial filter, when the index only covers matching documents.</summary>
    public QueryFilter? PartialFilter { get; private init; }

    /// <summary>Gets the TTL in seconds, for TTL indexes.</summary>
    public long? ExpireAfterSeconds { get; private init; }

    /// <summary>Gets a value indicating whether this is a text index (entries are not built; the query engine matches text).</summary>
    public bool IsText { get; private init; }

    /// <summary>Gets the text index weights by field (empty unless <see cref="IsText"/>).</summary>
    public IReadOnlyDictionary<string, double> TextWeights { get; private init; } = new Dictionary<string, double>();

    /// <summary>Gets a value indicating whether the index has a special (non ordered) key type the planner does not use.</summary>
    public bool IsSpecial { get; private init; }

    /// <summary>Gets a value indicating whether this is the <c>_id_</c> index.</summary>
    public bool IsIdIndex => Name == IdIndexName;

    /// <summary>The <c>_id_</c> index definition.</summary>
    public static IndexDefinition IdIndex { get; } = CreateIdIndex();

    /// <summary>Builds the default name of a key pattern (<c>a_1_b_-1</c>).</summary>
    /// <param name="key">The key pattern.</param>
    /// <returns>The name.</returns>
    public static string DefaultName(BsonDocument key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join('_', key.Select(e => e.Name + "_" + FormatKeyValue(e.Value)));
    }

    /// <summary>Parses and validates one element of createIndexes' <c>indexes</c>.</summary>
    /// <param name="spec">The specification.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="MongoServerException">The specification is invalid (codes 9, 67, 197).</exception>
    public static IndexDefinition Parse(BsonDocument spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        foreach (var element in spec)
        {
            if (!AllowedSpecFields.Contains(element.Name))
            {
                throw new MongoServerException(
                    ErrorCodes.InvalidIndexSpecificationOption,
                    $"The field '{element.Name}' is not valid for an index specification. Specification: {spec}");
            }
        }

        if (!spec.TryGetValue("key", out var keyValue))
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, $"Error in specification {spec} :: caused by :: The 'key' field is a required property of an index specification");
        }

        if (keyValue is not BsonDocument key || key.ElementCount == 0)
        {
            throw new MongoServerException(ErrorCodes.CannotCreateIndex, $"Error in specification {spec} :: caused by :: Index keys cannot be an empty field");
        }

        if (!spec.TryGetValue("name", out var nameValue))
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, $"Error in specification {spec} :: caused by :: The 'name' field is a required property of an index specification");
        }

        if (nameValue is not BsonString { Value: var name })
        {
            throw new MongoServerException(ErrorCodes.TypeMismatch, $"Error in specification {spec} :: caused by :: The field 'name' must be a string, not {nameValue.BsonType}");
        }

        if (name.Length == 0)
        {
            throw new MongoServerException(ErrorCodes.CannotCreateIndex, $"Error in specification {spec} :: caused by :: index name cannot be empty");
        }

        var fields = new List<IndexField>();
        var isText = false;
        var isSpecial = false;
        foreach (var element in key)
        {
            if (element.Name.Length == 0)
            {
                throw new MongoServerException(ErrorCodes.CannotCreateIndex, $"Error in specification {spec} :: caused by :: Index keys cannot be an empty field");
            }

            switch (element.Value)
            {
                case BsonString { Value: var plugin }:
                    if (!KnownPlugins.Contains(plugin))
                    {
                        throw new MongoServerException(ErrorCodes.CannotCreateIndex, $"Error in specification {spec} :: caused by :: Unknown index plugin '{plugin}'");
                    }

                    isText |= plugin == "text";
                    isSpecial = true;
                    fields.Add(new IndexField(element.Name, 1, plugin));
                    break;
                case { IsNumeric: true } number:
                    var direction = number.ToDouble();
                    if (direction == 0 || double.IsNaN(direction))
                    {
                        throw new MongoServerException(
                            ErrorCodes.CannotCreateIndex,
                            $"Error in specification {spec} :: caused by :: Values in the index key pattern can't be all zero");
                    }

                    fields.Add(new IndexField(element.Name, direction < 0 ? -1 : 1, null));
                    break;
                default:
                    throw new MongoServerException(
                        ErrorCodes.CannotCreateIndex,
                        $"Error in specification {spec} :: caused by :: Values in v:2 index key pattern cannot be of type {TypeName(element.Value)}. Only numbers > 0, numbers < 0, and strings are allowed.");
            }
        }

        var normalized = new BsonDocument { { "v", 2 } };
        BsonDocument reportedKey = key;
        Dictionary<string, double>? weights = null;
        if (isText)
        {
            weights = ParseTextWeights(key, spec);
            reportedKey = new BsonDocument();
            foreach (var element in key)
            {
                if (element.Value is BsonString { Value: "text" })
                {
                    if (!reportedKey.Contains("_fts"))
                    {
                        reportedKey.Add("_fts", "text");
                        reportedKey.Add("_ftsx", 1);
                    }
                }
                else
                {
                    reportedKey.Add(element.Name, element.Value);
                }
            }

            fields = weights.Keys.Select(path => new IndexField(path, 1, "text")).ToList();
        }

        normalized.Add("key", reportedKey);
        normalized.Add("name", name);
        var unique = false;
        var sparse = false;
        var hidden = false;
        QueryFilter? partial = null;
        long? ttl = null;
        foreach (var element in spec)
        {
            switch (element.Name)
            {
                case "key" or "name" or "v" or "ns" or "background" or "dropDups":
                    break;
                case "unique":
                    unique = element.Value.ToBoolean();
                    if (unique)
                    {
                        normalized.Add("unique", true);
                    }

                    break;
                case "sparse":
                    sparse = element.Value.ToBoolean();
                    if (sparse)
                    {
                        normalized.Add("sparse", true);
                    }

                    break;
                case "hidden":
                    hidden = element.Value.ToBoolean();
                    if (hidden)
                    {
                        normalized.Add("hidden", true);
                    }

                    break;
                case "partialFilterExpression":
                    if (element.Value is not BsonDocument filterDocument)
                    {
                        throw new MongoServerException(ErrorCodes.TypeMismatch, $"Error in specification {spec} :: caused by :: The field 'partialFilterExpression' must be an object, but got {TypeName(element.Value)}");
                    }

                    partial = QueryFilter.Parse(filterDocument);
                    normalized.Add("partialFilterExpression", filterDocument);
                    break;
                case "expireAfterSeconds":
                    if (!element.Value.IsNumeric)
                    {
                        throw new MongoServerException(ErrorCodes.CannotCreateIndex, $"Error in specification {spec} :: caused by :: TTL index 'expireAfterSeconds' option must be numeric, but received a type of '{TypeName(element.Value)}'");
                    }

                    var seconds = element.Value.ToDouble();
                    if (seconds < 0 || seconds > int.MaxValue || double.IsNaN(seconds))
                    {
                        throw new MongoServerException(ErrorCodes.CannotCreateIndex, $"Error in specification {spec} :: caused by :: TTL index 'expireAfterSeconds' option must be within an acceptable range, try a value between 0 and 2147483647");
                    }

                    if (key.ElementCount != 1)
                    {
                        throw new MongoServerException(ErrorCodes.CannotCreateIndex, $"Error in specification {spec} :: caused by :: TTL indexes are single-field indexes, compound indexes do not support TTL");
                    }

                    ttl = (long)seconds;
                    normalized.Add("expireAfterSeconds", element.Value);
                    break;
                case "weights" or "default_language" or "language_override" or "textIndexVersion":
                    break;
                default:
                    normalized.Add(element.Name, element.Value);
                    break;
            }
        }

        if (isText)
        {
            var weightsDocument = new BsonDocument();
            foreach (var (path, weight) in weights!.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                weightsDocument.Add(path, weight == Math.Floor(weight) && Math.Abs(weight) < int.MaxValue ? (BsonValue)(int)weight : weight);
            }

            normalized.Add("weights", weightsDocument);
            normalized.Add("default_language", spec.GetValue("default_language", "english")!);
            normalized.Add("language_override", spec.GetValue("language_override", "language")!);
            normalized.Add("textIndexVersion", 3);
        }

        if (name == IdIndexName && (key.ElementCount != 1 || key.GetElement(0).Name != "_id"))
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"The index name '_id_' is reserved for the _id index, which must have key pattern {{_id: 1}}, found key: {key}");
        }

        return new IndexDefinition(name, reportedKey, fields.ToArray(), normalized)
        {
            Unique = unique || name == IdIndexName,
            Sparse = sparse,
            Hidden = hidden,
            PartialFilter = partial,
            ExpireAfterSeconds = ttl,
            IsText = isText,
            IsSpecial = isSpecial,
            TextWeights = weights ?? new Dictionary<string, double>(),
        };
    }

    /// <summary>Gets a value indicating whether two definitions describe the same index (same key and options).</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>True when they are equivalent.</returns>
    public bool IsEquivalentTo(IndexDefinition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Spec.Equals(other.Spec);
    }

    /// <summary>Gets a value indicating whether two definitions have the same key pattern.</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>True when the key patterns are equal.</returns>
    public bool HasSameKey(IndexDefinition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return BsonValueComparer.Instance.Equals(Key, other.Key) && Key.ElementCount == other.Key.ElementCount;
    }

    /// <summary>Gets a value indicating whether the key pattern matches <paramref name="keyPattern"/> (dropIndexes, hint).</summary>
    /// <param name="keyPattern">The key pattern.</param>
    /// <returns>True when equal.</returns>
    public bool KeyMatches(BsonDocument keyPattern)
    {
        ArgumentNullException.ThrowIfNull(keyPattern);
        return BsonValueComparer.Instance.Equals(Key, keyPattern);
    }

    private static Dictionary<string, double> ParseTextWeights(BsonDocument key, BsonDocument spec)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var element in key)
        {
            if (element.Value is BsonString { Value: "text" })
            {
                weights[element.Name] = 1;
            }
        }

        if (spec.TryGetValue("weights", out var weightsValue))
        {
            if (weightsValue is BsonString { Value: "$**" })
            {
                weights["$**"] = 1;
            }
            else if (weightsValue is BsonDocument weightsDocument)
            {
                foreach (var element in weightsDocument)
                {
                    if (!element.Value.IsNumeric || element.Value.ToDouble() <= 0 || element.Value.ToDouble() >= 100_000)
                    {
                        throw new MongoServerException(ErrorCodes.CannotCreateIndex, $"Error in specification {spec} :: caused by :: weight for text index needs numeric type between 1 and 99999");
                    }

                    weights[element.Name] = element.Value.ToDouble();
                }
            }
        }

        return weights;
    }

    private static IndexDefinition CreateIdIndex()
    {
        var key = new BsonDocument("_id", 1);
        return new IndexDefinition(IdIndexName, key, [new IndexField("_id", 1, null)], new BsonDocument { { "v", 2 }, { "key", key }, { "name", IdIndexName } })
        {
            Unique = true,
        };
    }

    private static string FormatKeyValue(BsonValue value) => value switch
    {
        BsonString s => s.Value,
        BsonInt32 i => i.Value.ToString(CultureInfo.InvariantCulture),
        BsonInt64 l => l.Value.ToString(CultureInfo.InvariantCulture),
        BsonDouble d => d.Value.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Gets MongoDB's alias of a BSON type as used in error messages.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The type name (e.g. "object", "string").</returns>
    public static string TypeName(BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.BsonType switch
        {
            BsonType.Double => "double",
            BsonType.String => "string",
            BsonType.Document => "object",
            BsonType.Array => "array",
            BsonType.Binary => "binData",
            BsonType.Undefined => "undefined",
            BsonType.ObjectId => "objectId",
            BsonType.Boolean => "bool",
            BsonType.DateTime => "date",
            BsonType.Null => "null",
            BsonType.RegularExpression => "regex",
            BsonType.DbPointer => "dbPointer",
            BsonType.JavaScript => "javascript",
            BsonType.Symbol => "symbol",
            BsonType.JavaScriptWithScope => "javascriptWithScope",
            BsonType.Int32 => "int",
            BsonType.Timestamp => "timestamp",
            BsonType.Int64 => "long",
            BsonType.Decimal128 => "decimal",
            BsonType.MinKey => "minKey",
            BsonType.MaxKey => "maxKey",
            _ => value.BsonType.ToString(),
        };
    }
}
