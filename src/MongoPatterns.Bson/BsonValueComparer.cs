using MongoPatterns.Bson.Numerics;

namespace MongoPatterns.Bson;

/// <summary>
/// MongoDB's semantic comparison of BSON values: the total order used for sorts, range queries, indexes and
/// <c>$group</c> keys, and the equality that goes with it.
/// </summary>
/// <remarks>
/// <para>
/// Types are ordered MinKey &lt; Null = Undefined &lt; numbers &lt; String = Symbol &lt; Document &lt; Array &lt; Binary &lt;
/// ObjectId &lt; Boolean &lt; DateTime &lt; Timestamp &lt; RegularExpression &lt; DbPointer &lt; JavaScript &lt;
/// JavaScriptWithScope &lt; MaxKey (see <see cref="GetCanonicalTypeOrder(BsonType)"/>).
/// </para>
/// <para>
/// Numbers compare exactly by value across Int32, Int64, Double and Decimal128 (1 = 1L = 1.0 = 1.00m); NaN equals NaN
/// and sorts below every other number; -0.0 equals 0.0. Strings compare by Unicode code point (the order of their
/// UTF-8 bytes). Documents compare element by element (canonical type of the value, then name, then value), then by
/// length; arrays element by element, then by length; binary data by length, then subtype, then bytes; regular
/// expressions by pattern, then options; JavaScript with scope by code, then scope; DbPointers by namespace, then id.
/// </para>
/// <para>
/// <see cref="GetHashCode(BsonValue)"/> is consistent with this equality: equal numbers of different types hash alike
/// (a number hashes as the <see cref="double"/> with the same value when there is one, otherwise as the
/// <see cref="long"/>, as <see cref="Decimal128.GetNumericHashCode"/> defines).
/// </para>
/// </remarks>
public sealed class BsonValueComparer : IComparer<BsonValue>, IEqualityComparer<BsonValue>
{
    private BsonValueComparer()
    {
    }

    /// <summary>Gets the comparer.</summary>
    public static BsonValueComparer Instance { get; } = new();

    /// <summary>
    /// Gets the position of a type in MongoDB's cross-type order (1 for MinKey to 16 for MaxKey); types that compare as
    /// equivalent (Null/Undefined, the four numeric types, String/Symbol) share a position.
    /// </summary>
    /// <param name="type">The BSON type.</param>
    /// <returns>The canonical order.</returns>
    public static int GetCanonicalTypeOrder(BsonType type) => type switch
    {
        BsonType.MinKey => 1,
        BsonType.Null or BsonType.Undefined => 2,
        BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128 => 3,
        BsonType.String or BsonType.Symbol => 4,
        BsonType.Document => 5,
        BsonType.Array => 6,
        BsonType.Binary => 7,
        BsonType.ObjectId => 8,
        BsonType.Boolean => 9,
        BsonType.DateTime => 10,
        BsonType.Timestamp => 11,
        BsonType.RegularExpression => 12,
        BsonType.DbPointer => 13,
        BsonType.JavaScript => 14,
        BsonType.JavaScriptWithScope => 15,
        BsonType.MaxKey => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown BSON type."),
    };

    /// <summary>Compares two values by MongoDB's sort order; <see langword="null"/> sorts before every value.</summary>
    /// <param name="x">The first value.</param>
    /// <param name="y">The second value.</param>
    /// <returns>-1, 0 or 1.</returns>
    public int Compare(BsonValue? x, BsonValue? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        return Math.Sign(CompareValues(x, y));
    }

    /// <summary>Semantic equality: <see cref="Compare(BsonValue, BsonValue)"/> returns 0.</summary>
    /// <param name="x">The first value.</param>
    /// <param name="y">The second value.</param>
    /// <returns>Whether MongoDB considers the values equal.</returns>
    public bool Equals(BsonValue? x, BsonValue? y) => Compare(x, y) == 0;

    /// <summary>A hash code consistent with the semantic equality.</summary>
    /// <param name="obj">The value.</param>
    /// <returns>The hash code.</returns>
    public int GetHashCode(BsonValue obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return Hash(obj);
    }

    /// <summary>Compares two strings by Unicode code point (equivalently, by their UTF-8 bytes).</summary>
    /// <param name="x">The first string.</param>
    /// <param name="y">The second string.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    internal static int CompareStrings(string x, string y)
    {
        var length = Math.Min(x.Length, y.Length);
        var common = x.AsSpan(0, length).CommonPrefixLength(y.AsSpan(0, length));
        if (common == length)
        {
            return x.Length.CompareTo(y.Length);
        }

        return CodePointOrder(x[common]).CompareTo(CodePointOrder(y[common]));
    }

    private static int CompareValues(BsonValue x, BsonValue y)
    {
        var xOrder = GetCanonicalTypeOrder(x.BsonType);
        var yOrder = GetCanonicalTypeOrder(y.BsonType);
        if (xOrder != yOrder)
        {
            return xOrder < yOrder ? -1 : 1;
        }

        switch (xOrder)
        {
            case 3:
                return NumericComparison.Compare(x, y);
            case 4:
                return CompareStrings(StringOf(x), StringOf(y));
            case 5:
                return CompareDocuments((BsonDocument)x, (BsonDocument)y);
            case 6:
                return CompareArrays((BsonArray)x, (BsonArray)y);
            case 7:
                return CompareBinary((BsonBinaryData)x, (BsonBinaryData)y);
            case 8:
                return ((BsonObjectId)x).Value.CompareTo(((BsonObjectId)y).Value);
            case 9:
                return ((BsonBoolean)x).Value.CompareTo(((BsonBoolean)y).Value);
            case 10:
                return ((BsonDateTime)x).MillisecondsSinceEpoch.CompareTo(((BsonDateTime)y).MillisecondsSinceEpoch);
            case 11:
                return ((BsonTimestamp)x).Value.CompareTo(((BsonTimestamp)y).Value);
            case 12:
                var xRegex = (BsonRegularExpression)x;
                var yRegex = (BsonRegularExpression)y;
                var pattern = CompareStrings(xRegex.Pattern, yRegex.Pattern);
                return pattern != 0 ? pattern : CompareStrings(xRegex.Options, yRegex.Options);
            case 13:
                var xPointer = (BsonDbPointer)x;
                var yPointer = (BsonDbPointer)y;
                var ns = CompareStrings(xPointer.Namespace, yPointer.Namespace);
                return ns != 0 ? ns : xPointer.Id.CompareTo(yPointer.Id);
            case 14:
                return CompareStrings(((BsonJavaScript)x).Code, ((BsonJavaScript)y).Code);
            case 15:
                var xCode = (BsonJavaScriptWithScope)x;
                var yCode = (BsonJavaScriptWithScope)y;
                var code = CompareStrings(xCode.Code, yCode.Code);
                return code != 0 ? code : CompareDocuments(xCode.Scope, yCode.Scope);
            default:
                // MinKey, Null/Undefined and MaxKey each have a single value.
                return 0;
        }
    }

    private static int CompareDocuments(BsonDocument x, BsonDocument y)
    {
        var xElements = x.ElementSpan;
        var yElements = y.ElementSpan;
        var length = Math.Min(xElements.Length, yElements.Length);
        for (var i = 0; i < length; i++)
        {
            var xElement = xElements[i];
            var yElement = yElements[i];
            var typeOrder = GetCanonicalTypeOrder(xElement.Value.BsonType).CompareTo(GetCanonicalTypeOrder(yElement.Value.BsonType));
            if (typeOrder != 0)
            {
                return typeOrder;
            }

            var name = CompareStrings(xElement.Name, yElement.Name);
            if (name != 0)
            {
                return name;
            }

            var value = CompareValues(xElement.Value, yElement.Value);
            if (value != 0)
            {
                return value;
            }
        }

        return xElements.Length.CompareTo(yElements.Length);
    }

    private static int CompareArrays(BsonArray x, BsonArray y)
    {
        var xItems = x.ItemSpan;
        var yItems = y.ItemSpan;
        var length = Math.Min(xItems.Length, yItems.Length);
        for (var i = 0; i < length; i++)
        {
            var value = CompareValues(xItems[i], yItems[i]);
            if (value != 0)
            {
                return value;
            }
        }

        return xItems.Length.CompareTo(yItems.Length);
    }

    private static int CompareBinary(BsonBinaryData x, BsonBinaryData y)
    {
        var xBytes = x.Span;
        var yBytes = y.Span;
        if (xBytes.Length != yBytes.Length)
        {
            return xBytes.Length < yBytes.Length ? -1 : 1;
        }

        if (x.SubType != y.SubType)
        {
            return x.SubType < y.SubType ? -1 : 1;
        }

        return xBytes.SequenceCompareTo(yBytes);
    }

    private static string StringOf(BsonValue value) => value is BsonString text ? text.Value : ((BsonSymbol)value).Name;

    // Maps UTF-16 code units so that ordinal order equals code point order: surrogates (U+D800-U+DFFF, which
    // encode code points above U+FFFF) move above U+E000-U+FFFF.
    private static int CodePointOrder(char c) => c >= 0xD800 ? (c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;

    private static int Hash(BsonValue value)
    {
        var order = GetCanonicalTypeOrder(value.BsonType);
        switch (order)
        {
            case 3:
                return NumericComparison.GetHashCode(value);
            case 4:
                return HashCode.Combine(order, StringOf(value).GetHashCode(StringComparison.Ordinal));
            case 5:
                return HashDocument((BsonDocument)value);
            case 6:
                var hash = new HashCode();
                hash.Add(order);
                foreach (var item in ((BsonArray)value).ItemSpan)
                {
                    hash.Add(Hash(item));
                }

                return hash.ToHashCode();
            case 15:
                var code = (BsonJavaScriptWithScope)value;
                return HashCode.Combine(order, code.Code.GetHashCode(StringComparison.Ordinal), HashDocument(code.Scope));
            case 1:
            case 2:
            case 16:
                return order;
            default:
                // Every other type is equal under the comparer exactly when strictly equal.
                return HashCode.Combine(order, value.GetHashCode());
        }
    }

    private static int HashDocument(BsonDocument document)
    {
        var hash = new HashCode();
        hash.Add(5);
        foreach (var element in document.ElementSpan)
        {
            hash.Add(element.Name.GetHashCode(StringComparison.Ordinal));
            hash.Add(Hash(element.Value));
        }

        return hash.ToHashCode();
    }
}
