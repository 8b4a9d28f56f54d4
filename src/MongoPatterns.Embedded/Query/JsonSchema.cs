using System.Text.RegularExpressions;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// A compiled <c>$jsonSchema</c> (JSON Schema draft 4 as MongoDB supports it, plus <c>bsonType</c>), used by
/// queries and collection validators.
/// </summary>
/// <remarks>
/// Keywords: <c>bsonType</c>, <c>type</c> (not <c>integer</c>), <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c>, <c>patternProperties</c>, <c>minProperties</c>, <c>maxProperties</c>,
/// <c>dependencies</c>, <c>items</c>, <c>additionalItems</c>, <c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>,
/// <c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>, <c>exclusiveMaximum</c>, <c>multipleOf</c>,
/// <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>, <c>enum</c>, <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>,
/// <c>not</c>; <c>title</c> and <c>description</c> are ignored. As in JSON Schema, a keyword only constrains values
/// of the type it is about (e.g. <c>minLength</c> ignores numbers).
/// </remarks>
internal sealed class JsonSchema
{
    private static readonly HashSet<string> s_unsupported = new(StringComparer.Ordinal)
    {
        "$ref", "$schema", "default", "definitions", "format", "id", "encrypt", "encryptMetadata",
    };

    private TypeSet? _types;
    private Dictionary<string, JsonSchema>? _properties;
    private string[]? _required;
    private bool? _additionalPropertiesAllowed;
    private JsonSchema? _additionalPropertiesSchema;
    private List<(Regex Pattern, JsonSchema Schema)>? _patternProperties;
    private long? _minProperties;
    private long? _maxProperties;
    private Dictionary<string, string[]>? _dependencyFields;
    private Dictionary<string, JsonSchema>? _dependencySchemas;
    private JsonSchema? _items;
    private JsonSchema[]? _tupleItems;
    private bool? _additionalItemsAllowed;
    private JsonSchema? _additionalItemsSchema;
    private long? _minItems;
    private long? _maxItems;
    private bool _uniqueItems;
    private BsonValue? _minimum;
    private BsonValue? _maximum;
    private bool _exclusiveMinimum;
    private bool _exclusiveMaximum;
    private BsonValue? _multipleOf;
    private long? _minLength;
    private long? _maxLength;
    private Regex? _pattern;
    private BsonValue[]? _enum;
    private JsonSchema[]? _allOf;
    private JsonSchema[]? _anyOf;
    private JsonSchema[]? _oneOf;
    private JsonSchema? _not;

    private JsonSchema()
    {
    }

    /// <summary>Compiles a schema.</summary>
    /// <param name="schema">The schema document.</param>
    /// <returns>The compiled schema.</returns>
    /// <exception cref="MongoServerException">The schema is invalid or uses an unsupported keyword.</exception>
    public static JsonSchema Parse(BsonDocument schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var result = new JsonSchema();
        result.Load(schema);
        return result;
    }

    /// <summary>Validates a value (the whole document at the top level).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether the value satisfies the schema.</returns>
    public bool Validate(BsonValue value)
    {
        if (_types is not null && !_types.Contains(value.BsonType))
        {
            return false;
        }

        return value switch
        {
            BsonDocument document => ValidateObject(document) && ValidateCommon(value),
            BsonArray array => ValidateArray(array) && ValidateCommon(value),
            BsonString text => ValidateString(text.Value) && ValidateCommon(value),
            _ when value.IsNumeric => ValidateNumber(value) && ValidateCommon(value),
            _ => ValidateCommon(value),
        };
    }

    private static MongoServerException FailedToParse(string message) => new(ErrorCodes.FailedToParse, message);

    private static MongoServerException TypeMismatch(string message) => new(ErrorCodes.TypeMismatch, message);

    private static JsonSchema ParseNested(BsonValue value, string keyword)
    {
        if (value is not BsonDocument document)
        {
            throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be an object");
        }

        return Parse(document);
    }

    private static long ParseCount(BsonValue value, string keyword)
    {
        if (!value.IsNumeric)
        {
            throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be a number");
        }

        var real = value.ToDouble();
        if (double.IsNaN(real) || Math.Floor(real) != real)
        {
            throw FailedToParse($"Expected an integer: {BsonDisplay.FormatElement(keyword, value)}");
        }

        if (real < 0)
        {
            throw FailedToParse($"Expected a positive number in: {BsonDisplay.FormatElement(keyword, value)}");
        }

        return (long)Math.Min(real, long.MaxValue);
    }

    private static BsonValue ParseNumber(BsonValue value, string keyword) =>
        value.IsNumeric ? value : throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be a number");

    private static bool ParseBoolean(BsonValue value, string keyword) =>
        value is BsonBoolean flag ? flag.Value : throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be a boolean");

    private static JsonSchema[] ParseSchemaArray(BsonValue value, string keyword)
    {
        if (value is not BsonArray array)
        {
            throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be an array");
        }

        if (array.Count == 0)
        {
            throw FailedToParse($"$jsonSchema keyword '{keyword}' must be a non-empty array");
        }

        var schemas = new JsonSchema[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            schemas[i] = array[i] is BsonDocument document
                ? Parse(document)
                : throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be an array of objects, but found an element of type {BsonTypeNames.NameOf(array[i].BsonType)}");
        }

        return schemas;
    }

    private static string[] ParseUniqueStrings(BsonValue value, string keyword)
    {
        if (value is not BsonArray array)
        {
            throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be an array");
        }

        if (array.Count == 0)
        {
            throw FailedToParse($"$jsonSchema keyword '{keyword}' cannot be an empty array");
        }

        var names = new string[array.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not BsonString name)
            {
                throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be an array of strings");
            }

            if (!seen.Add(name.Value))
            {
                throw FailedToParse($"$jsonSchema keyword '{keyword}' array cannot contain duplicate values");
            }

            names[i] = name.Value;
        }

        return names;
    }

    private static TypeSet ParseJsonTypes(BsonValue value)
    {
        var types = new TypeSet();
        IEnumerable<BsonValue> names = value switch
        {
            BsonString => [value],
            BsonArray array => array,
            _ => throw TypeMismatch("$jsonSchema keyword 'type' must be either a string or an array of strings"),
        };

        foreach (var name in names)
        {
            switch (name is BsonString text ? text.Value : throw TypeMismatch("$jsonSchema keyword 'type' must be either a string or an array of strings"))
            {
                case "object":
                    types.Add(BsonType.Document);
                    break;
                case "array":
                    types.Add(BsonType.Array);
                    break;
                case "number":
                    types.AddNumbers();
                    break;
                case "boolean":
                    types.Add(BsonType.Boolean);
                    break;
                case "string":
                    types.Add(BsonType.String);
                    break;
                case "null":
                    types.Add(BsonType.Null);
                    break;
                case "integer":
                    throw FailedToParse("$jsonSchema type 'integer' is not currently supported.");
                default:
                    throw new MongoServerException(ErrorCodes.BadValue, $"Unknown $jsonSchema type: {text.Value}");
            }
        }

        return types;
    }

    private void Load(BsonDocument schema)
    {
        if (schema.Contains("type") && schema.Contains("bsonType"))
        {
            throw FailedToParse("Cannot specify both $jsonSchema keywords 'type' and 'bsonType'");
        }

        foreach (var element in schema)
        {
            var value = element.Value;
            switch (element.Name)
            {
                case "bsonType":
                    if (value is not (BsonString or BsonArray))
                    {
                        throw TypeMismatch("$jsonSchema keyword 'bsonType' must be either a string or an array of strings");
                    }

                    _types = FilterParser.ParseTypeSet(value, "$jsonSchema keyword 'bsonType'");
                    break;
                case "type":
                    _types = ParseJsonTypes(value);
                    break;
                case "properties":
                    if (value is not BsonDocument properties)
                    {
                        throw TypeMismatch("$jsonSchema keyword 'properties' must be an object");
                    }

                    _properties = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
                    foreach (var property in properties)
                    {
                        _properties[property.Name] = property.Value is BsonDocument nested
                            ? Parse(nested)
                            : throw TypeMismatch($"Nested schema for $jsonSchema property '{property.Name}' must be an object");
                    }

                    break;
                case "required":
                    _required = ParseUniqueStrings(value, "required");
                    break;
                case "additionalProperties":
                    LoadBooleanOrSchema(value, "additionalProperties", out _additionalPropertiesAllowed, out _additionalPropertiesSchema);
                    break;
                case "patternProperties":
                    if (value is not BsonDocument patterns)
                    {
                        throw TypeMismatch("$jsonSchema keyword 'patternProperties' must be an object");
                    }

                    _patternProperties = [];
                    foreach (var pattern in patterns)
                    {
                        _patternProperties.Add((RegexCache.Get(pattern.Name, string.Empty), ParseNested(pattern.Value, "patternProperties")));
                    }

                    break;
                case "minProperties":
                    _minProperties = ParseCount(value, element.Name);
                    break;
                case "maxProperties":
                    _maxProperties = ParseCount(value, element.Name);
                    break;
                case "dependencies":
                    LoadDependencies(value);
                    break;
                case "items":
                    if (value is BsonDocument itemSchema)
                    {
                        _items = Parse(itemSchema);
                    }
                    else if (value is BsonArray)
                    {
                        _tupleItems = ParseSchemaArray(value, "items");
                    }
                    else
                    {
                        throw TypeMismatch($"$jsonSchema keyword 'items' must be an array or an object, not {BsonTypeNames.NameOf(value.BsonType)}");
                    }

                    break;
                case "additionalItems":
                    LoadBooleanOrSchema(value, "additionalItems", out _additionalItemsAllowed, out _additionalItemsSchema);
                    break;
                case "minItems":
                    _minItems = ParseCount(value, element.Name);
                    break;
                case "maxItems":
                    _maxItems = ParseCount(value, element.Name);
                    break;
                case "uniqueItems":
                    _uniqueItems = ParseBoolean(value, element.Name);
                    break;
                case "minimum":
                    _minimum = ParseNumber(value, element.Name);
                    break;
                case "maximum":
                    _maximum = ParseNumber(value, element.Name);
                    break;
                case "exclusiveMinimum":
                    _exclusiveMinimum = ParseBoolean(value, element.Name);
                    if (!schema.Contains("minimum"))
                    {
                        throw FailedToParse("$jsonSchema keyword 'minimum' must be a present if exclusiveMinimum is present");
                    }

                    break;
                case "exclusiveMaximum":
                    _exclusiveMaximum = ParseBoolean(value, element.Name);
                    if (!schema.Contains("maximum"))
                    {
                        throw FailedToParse("$jsonSchema keyword 'maximum' must be a present if exclusiveMaximum is present");
                    }

                    break;
                case "multipleOf":
                    _multipleOf = ParseNumber(value, element.Name);
                    if (!(_multipleOf.ToDouble() > 0))
                    {
                        throw FailedToParse("$jsonSchema keyword 'multipleOf' must have a positive value");
                    }

                    break;
                case "minLength":
                    _minLength = ParseCount(value, element.Name);
                    break;
                case "maxLength":
                    _maxLength = ParseCount(value, element.Name);
                    break;
                case "pattern":
                    _pattern = value is BsonString regex
                        ? RegexCache.Get(regex.Value, string.Empty)
                        : throw TypeMismatch("$jsonSchema keyword 'pattern' must be a string");
                    break;
                case "enum":
                    if (value is not BsonArray values)
                    {
                        throw TypeMismatch("$jsonSchema keyword 'enum' must be an array");
                    }

                    if (values.Count == 0)
                    {
                        throw FailedToParse("$jsonSchema keyword 'enum' cannot be an empty array");
                    }

                    _enum = [.. values];
                    break;
                case "allOf":
                    _allOf = ParseSchemaArray(value, element.Name);
                    break;
                case "anyOf":
                    _anyOf = ParseSchemaArray(value, element.Name);
                    break;
                case "oneOf":
                    _oneOf = ParseSchemaArray(value, element.Name);
                    break;
                case "not":
                    _not = ParseNested(value, element.Name);
                    break;
                case "title":
                case "description":
                    if (value is not BsonString)
                    {
                        throw TypeMismatch($"$jsonSchema keyword '{element.Name}' must be a string");
                    }

                    break;
                default:
                    if (s_unsupported.Contains(element.Name))
                    {
                        throw FailedToParse($"$jsonSchema keyword '{element.Name}' is not currently supported");
                    }

                    throw FailedToParse($"Unknown $jsonSchema keyword: {element.Name}");
            }
        }
    }

    private static void LoadBooleanOrSchema(BsonValue value, string keyword, out bool? allowed, out JsonSchema? schema)
    {
        switch (value)
        {
            case BsonBoolean flag:
                allowed = flag.Value;
                schema = null;
                break;
            case BsonDocument document:
                allowed = null;
                schema = Parse(document);
                break;
            default:
                throw TypeMismatch($"$jsonSchema keyword '{keyword}' must be either an object or a boolean, but got a {BsonTypeNames.NameOf(value.BsonType)}");
        }
    }

    private void LoadDependencies(BsonValue value)
    {
        if (value is not BsonDocument dependencies)
        {
            throw TypeMismatch("$jsonSchema keyword 'dependencies' must be an object");
        }

        foreach (var dependency in dependencies)
        {
            switch (dependency.Value)
            {
                case BsonDocument schema:
                    (_dependencySchemas ??= new(StringComparer.Ordinal))[dependency.Name] = Parse(schema);
                    break;
                case BsonArray:
                    (_dependencyFields ??= new(StringComparer.Ordinal))[dependency.Name] = ParseUniqueStrings(dependency.Value, "dependencies");
                    break;
                default:
                    throw TypeMismatch($"property '{dependency.Name}' in $jsonSchema keyword 'dependencies' must be either an object or an array");
            }
        }
    }

    private bool ValidateCommon(BsonValue value)
    {
        if (_enum is not null && !Array.Exists(_enum, candidate => BsonSemantics.UnorderedFieldsEqual(candidate, value)))
        {
            return false;
        }

        if (_allOf is not null && !Array.TrueForAll(_allOf, schema => schema.Validate(value)))
        {
            return false;
        }

        if (_anyOf is not null && !Array.Exists(_anyOf, schema => schema.Validate(value)))
        {
            return false;
        }

        if (_oneOf is not null && _oneOf.Count(schema => schema.Validate(value)) != 1)
        {
            return false;
        }

        return _not is null || !_not.Validate(value);
    }

    private bool ValidateObject(BsonDocument document)
    {
        if ((_minProperties is { } min && document.ElementCount < min) || (_maxProperties is { } max && document.ElementCount > max))
        {
            return false;
        }

        if (_required is not null)
        {
            foreach (var name in _required)
            {
                if (!document.Contains(name))
                {
                    return false;
                }
            }
        }

        foreach (var element in document)
        {
            var covered = false;
            if (_properties is not null && _properties.TryGetValue(element.Name, out var propertySchema))
            {
                covered = true;
                if (!propertySchema.Validate(element.Value))
                {
                    return false;
                }
            }

            if (_patternProperties is not null)
            {
                foreach (var (pattern, schema) in _patternProperties)
                {
                    if (pattern.IsMatch(element.Name))
                    {
                        covered = true;
                        if (!schema.Validate(element.Value))
                        {
                            return false;
                        }
                    }
                }
            }

            if (!covered)
            {
                if (_additionalPropertiesAllowed == false)
                {
                    return false;
                }

                if (_additionalPropertiesSchema is not null && !_additionalPropertiesSchema.Validate(element.Value))
                {
                    return false;
                }
            }
        }

        if (_dependencyFields is not null)
        {
            foreach (var (field, requiredFields) in _dependencyFields)
            {
                if (document.Contains(field) && !Array.TrueForAll(requiredFields, document.Contains))
                {
                    return false;
                }
            }
        }

        if (_dependencySchemas is not null)
        {
            foreach (var (field, schema) in _dependencySchemas)
            {
                if (document.Contains(field) && !schema.Validate(document))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool ValidateArray(BsonArray array)
    {
        if ((_minItems is { } min && array.Count < min) || (_maxItems is { } max && array.Count > max))
        {
            return false;
        }

        if (_items is not null)
        {
            foreach (var item in array)
            {
                if (!_items.Validate(item))
                {
                    return false;
                }
            }
        }

        if (_tupleItems is not null)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (i < _tupleItems.Length)
                {
                    if (!_tupleItems[i].Validate(array[i]))
                    {
                        return false;
                    }
                }
                else if (_additionalItemsAllowed == false || (_additionalItemsSchema is not null && !_additionalItemsSchema.Validate(array[i])))
                {
                    return false;
                }
            }
        }

        if (_uniqueItems)
        {
            for (var i = 0; i < array.Count; i++)
            {
                for (var j = i + 1; j < array.Count; j++)
                {
                    if (BsonSemantics.UnorderedFieldsEqual(array[i], array[j]))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private bool ValidateString(string text)
    {
        if (_minLength is not null || _maxLength is not null)
        {
            var length = text.EnumerateRunes().Count();
            if ((_minLength is { } min && length < min) || (_maxLength is { } max && length > max))
            {
                return false;
            }
        }

        return _pattern is null || _pattern.IsMatch(text);
    }

    private bool ValidateNumber(BsonValue number)
    {
        if (_minimum is not null)
        {
            var order = CompareNumbers(number, _minimum);
            if (order < 0 || (_exclusiveMinimum && order == 0))
            {
                return false;
            }
        }

        if (_maximum is not null)
        {
            var order = CompareNumbers(number, _maximum);
            if (order > 0 || (_exclusiveMaximum && order == 0))
            {
                return false;
            }
        }

        return _multipleOf is null || IsMultiple(number, _multipleOf);
    }

    private static int CompareNumbers(BsonValue x, BsonValue y) =>
        BsonSemantics.IsNaN(x) || BsonSemantics.IsNaN(y) ? (BsonSemantics.IsNaN(x) ? -1 : 1) : BsonValueComparer.Instance.Compare(x, y);

    private static bool IsMultiple(BsonValue number, BsonValue divisor)
    {
        if (number is BsonInt32 or BsonInt64 && divisor is BsonInt32 or BsonInt64)
        {
            var d = divisor.ToInt64();
            return d == -1 || number.ToInt64() % d == 0;
        }

        var value = number.ToDouble();
        var by = divisor.ToDouble();
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return false;
        }

        try
        {
            return (decimal)value % (decimal)by == 0;
        }
        catch (OverflowException)
        {
            return Math.IEEERemainder(value, by) == 0;
        }
    }
}
