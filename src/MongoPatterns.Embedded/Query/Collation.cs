using System.Buffers;
using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// A command's (or collection's) collation: how strings compare in filters, sorts and distinct. A collated string is
/// replaced by its collation key (the ICU sort key, one character per key byte) wherever strings are compared, the
/// way MongoDB compares collation keys; so the ordinary BSON comparer then orders and equates strings by the
/// collation, inside documents and arrays too. <c>{ locale: "simple" }</c> (or no collation) is binary comparison and
/// parses to <see langword="null"/>.
/// </summary>
/// <remarks>
/// Supported: <c>locale</c>, <c>strength</c> 1 (base letters: case and accents ignored), 2 (case ignored), 3-5 (all
/// differences), <c>caseLevel</c>, <c>alternate: "shifted"</c> (punctuation and spaces ignored) and, on .NET 10,
/// <c>numericOrdering</c>. The other fields (<c>caseFirst</c>, <c>maxVariable</c>, <c>normalization</c>,
/// <c>backwards</c>) are validated and otherwise ignored.
/// </remarks>
internal sealed class Collation
{
    private readonly CompareInfo _compareInfo;
    private readonly CompareOptions _options;

    private Collation(CompareInfo compareInfo, CompareOptions options)
    {
        _compareInfo = compareInfo;
        _options = options;
    }

    /// <summary>Parses a <c>collation</c> document.</summary>
    /// <param name="specification">The document, or null.</param>
    /// <returns>The collation, or <see langword="null"/> for none or the simple (binary) collation.</returns>
    /// <exception cref="MongoServerException">The document is invalid (BadValue 2, TypeMismatch 14, or IDL codes).</exception>
    public static Collation? Parse(BsonValue? specification)
    {
        if (specification is null || specification.IsBsonNull)
        {
            return null;
        }

        if (specification is not BsonDocument document)
        {
            throw new MongoServerException(ErrorCodes.TypeMismatch, $"collation must be an object, not {specification.BsonType}");
        }

        if (document.ElementCount == 0)
        {
            return null;
        }

        if (document.GetValue("locale", null) is not BsonString { Value: var locale })
        {
            throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'locale' is missing but a required field");
        }

        var strength = 3;
        var caseLevel = false;
        var options = CompareOptions.None;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "locale":
                    break;
                case "strength":
                    strength = element.Value.IsNumeric ? element.Value.ToInt32() : throw WrongType(element);
                    if (strength is < 1 or > 5)
                    {
                        throw new MongoServerException(ErrorCodes.BadValue, $"Enumeration value '{strength}' for field 'strength' is not a valid value.");
                    }

                    break;
                case "caseLevel":
                    caseLevel = element.Value is BsonBoolean flag ? flag.Value : throw WrongType(element);
                    break;
                case "numericOrdering":
                    if (element.Value is not BsonBoolean numeric)
                    {
                        throw WrongType(element);
                    }
#if NET10_0_OR_GREATER
                    options |= numeric.Value ? CompareOptions.NumericOrdering : CompareOptions.None;
#endif
                    break;
                case "alternate":
                    options |= element.Value switch
                    {
                        BsonString { Value: "shifted" } => CompareOptions.IgnoreSymbols,
                        BsonString { Value: "non-ignorable" } => CompareOptions.None,
                        _ => throw BadEnumeration(element),
                    };
                    break;
                case "caseFirst":
                    _ = element.Value is BsonString { Value: "upper" or "lower" or "off" } ? 0 : throw BadEnumeration(element);
                    break;
                case "maxVariable":
                    _ = element.Value is BsonString { Value: "punct" or "space" } ? 0 : throw BadEnumeration(element);
                    break;
                case "normalization" or "backwards":
                    _ = element.Value is BsonBoolean ? 0 : throw WrongType(element);
                    break;
                case "version":
                    break;
                default:
                    throw new MongoServerException(ErrorCodes.IDLUnknownField, $"BSON field 'collation.{element.Name}' is an unknown field.");
            }
        }

        if (locale == "simple")
        {
            return document.ElementCount == 1
                ? null
                : throw new MongoServerException(ErrorCodes.BadValue, "If 'locale' is set to 'simple', no other fields may be specified");
        }

        options |= strength switch
        {
            1 => caseLevel ? CompareOptions.IgnoreNonSpace : CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreCase,
            2 => caseLevel ? CompareOptions.None : CompareOptions.IgnoreCase,
            _ => CompareOptions.None,
        };
        return new Collation(CultureOf(locale).CompareInfo, options);
    }

    /// <summary>Tells whether a value holds strings (at any depth), which the collation changes.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <see cref="Key"/> would change it.</returns>
    public static bool AppliesTo(BsonValue value) => value switch
    {
        BsonString or BsonSymbol => true,
        BsonDocument document => document.Values.Any(AppliesTo),
        BsonArray array => array.Any(AppliesTo),
        _ => false,
    };

    /// <summary>
    /// Maps a value to its comparison key: strings (and symbols) become their collation keys, documents and arrays are
    /// mapped element by element (the same instance when nothing changes), other values are returned as they are.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The key.</returns>
    public BsonValue Key(BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            BsonString text => new BsonString(KeyOf(text.Value)),
            BsonSymbol symbol => new BsonString(KeyOf(symbol.Name)),
            BsonDocument document when AppliesTo(document) => KeyDocument(document),
            BsonArray array when AppliesTo(array) => new BsonArray(array.Select(Key)),
            _ => value,
        };
    }

    private BsonDocument KeyDocument(BsonDocument document)
    {
        var mapped = new BsonDocument();
        foreach (var element in document)
        {
            mapped.Add(element.Name, Key(element.Value));
        }

        return mapped;
    }

    private string KeyOf(string text)
    {
        var length = _compareInfo.GetSortKeyLength(text, _options);
        byte[]? rented = null;
        var bytes = length <= 256 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            var written = _compareInfo.GetSortKey(text, bytes, _options);

            // One char per key byte: the ordinal (code point) order of the result is the byte order of the key.
            var chars = written <= 256 ? stackalloc char[written] : new char[written];
            for (var i = 0; i < written; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static CultureInfo CultureOf(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale.Replace('_', '-'));
        }
        catch (CultureNotFoundException)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Field 'locale' is invalid in: {{ locale: \"{locale}\" }}");
        }
    }

    private static MongoServerException WrongType(BsonElement element) =>
        new(ErrorCodes.TypeMismatch, $"BSON field 'collation.{element.Name}' is the wrong type '{element.Value.BsonType}'");

    private static MongoServerException BadEnumeration(BsonElement element) =>
        new(ErrorCodes.BadValue, $"Enumeration value '{element.Value}' for field '{element.Name}' is not a valid value.");
}
