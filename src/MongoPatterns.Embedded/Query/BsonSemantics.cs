using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>Small MongoDB value rules shared by the query, projection and update engines.</summary>
internal static class BsonSemantics
{
    /// <summary>Gets whether a value is a NaN double or decimal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is NaN.</returns>
    public static bool IsNaN(BsonValue value) => value switch
    {
        BsonDouble number => double.IsNaN(number.Value),
        BsonDecimal128 number => number.Value.IsNaN,
        _ => false,
    };

    /// <summary>Gets the canonical type order of a value (numbers share one order, null and undefined another).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The order.</returns>
    public static int TypeOrder(BsonValue value) => BsonValueComparer.GetCanonicalTypeOrder(value.BsonType);

    /// <summary>MongoDB's truthiness (<c>$expr</c>, <c>$cond</c>): false, null, undefined, missing and zero are false.</summary>
    /// <param name="value">The value, or <see langword="null"/> for missing.</param>
    /// <returns>Whether the value counts as true.</returns>
    public static bool IsTruthy(BsonValue? value) => value switch
    {
        null => false,
        BsonBoolean boolean => boolean.Value,
        BsonNull or BsonUndefined => false,
        BsonInt32 number => number.Value != 0,
        BsonInt64 number => number.Value != 0,
        BsonDouble number => number.Value != 0,
        BsonDecimal128 number => !number.Value.IsZero,
        _ => true,
    };

    /// <summary>
    /// Equality that ignores the order of document fields (used by <c>$jsonSchema</c>'s <c>enum</c> and
    /// <c>uniqueItems</c>); numbers compare by value.
    /// </summary>
    /// <param name="x">The first value.</param>
    /// <param name="y">The second value.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool UnorderedFieldsEqual(BsonValue x, BsonValue y)
    {
        if (x is BsonDocument left && y is BsonDocument right)
        {
            if (left.ElementCount != right.ElementCount)
            {
                return false;
            }

            foreach (var element in left)
            {
                if (!right.TryGetValue(element.Name, out var other) || !UnorderedFieldsEqual(element.Value, other))
                {
                    return false;
                }
            }

            return true;
        }

        if (x is BsonArray leftArray && y is BsonArray rightArray)
        {
            if (leftArray.Count != rightArray.Count)
            {
                return false;
            }

            for (var i = 0; i < leftArray.Count; i++)
            {
                if (!UnorderedFieldsEqual(leftArray[i], rightArray[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return BsonValueComparer.Instance.Equals(x, y);
    }

    /// <summary>Views an array as a document whose field names are the element positions (<c>{"0": ..., "1": ...}</c>).</summary>
    /// <param name="array">The array.</param>
    /// <returns>The document.</returns>
    public static BsonDocument ArrayAsDocument(BsonArray array)
    {
        var document = new BsonDocument();
        for (var i = 0; i < array.Count; i++)
        {
            document.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), array[i]);
        }

        return document;
    }
}
