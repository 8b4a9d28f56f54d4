using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Value semantics of the expression language: truthiness, nullishness and comparison (where MISSING sorts before null).</summary>
internal static class ExpressionValues
{
    /// <summary>Gets whether a value is MISSING, null or undefined (the values most operators answer with null).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is nullish.</returns>
    public static bool IsNullish(BsonValue? value) => value is null || value.BsonType is BsonType.Null or BsonType.Undefined;

    /// <summary>Aggregation truthiness: MISSING, null, undefined, false and numeric zero are false.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The truth value.</returns>
    public static bool IsTrue(BsonValue? value) => value is not null && value.ToBoolean();

    /// <summary>
    /// Compares two values as aggregation does: MinKey &lt; MISSING = undefined &lt; null &lt; numbers &lt; ... (BSON order),
    /// so <c>{$eq: ["$missing", null]}</c> is false.
    /// </summary>
    /// <param name="x">The first value (null for MISSING).</param>
    /// <param name="y">The second value (null for MISSING).</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public static int Compare(BsonValue? x, BsonValue? y)
    {
        var xRank = Rank(x);
        var yRank = Rank(y);
        if (xRank != yRank)
        {
            return xRank < yRank ? -1 : 1;
        }

        return xRank == 3 ? BsonValueComparer.Instance.Compare(x, y) : 0;
    }

    /// <summary>Aggregation equality (see <see cref="Compare(BsonValue?, BsonValue?)"/>).</summary>
    /// <param name="x">The first value.</param>
    /// <param name="y">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool AreEqual(BsonValue? x, BsonValue? y) => Compare(x, y) == 0;

    /// <summary>Replaces MISSING with BSON null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, or <see cref="BsonNull.Value"/>.</returns>
    public static BsonValue OrNull(BsonValue? value) => value ?? BsonNull.Value;

    private static int Rank(BsonValue? value) => value switch
    {
        null => 1,
        { BsonType: BsonType.MinKey } => 0,
        { BsonType: BsonType.Undefined } => 1,
        { BsonType: BsonType.Null } => 2,
        _ => 3,
    };
}
