using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// A conservative interval of the values a filter lets one field take (bounds inclusive, in BSON comparison order; a
/// null bound is open-ended). Every document that matches the filter has its value of the field inside the interval, so
/// an index read in the field's order can start at one bound and stop past the other. Only operands whose order does
/// not depend on a collation (numbers, dates, object ids, timestamps, booleans) give bounds; anything else is unbounded.
/// </summary>
/// <param name="Lower">The smallest value a match can have, or null.</param>
/// <param name="Upper">The largest value a match can have, or null.</param>
internal readonly record struct KeyInterval(BsonValue? Lower, BsonValue? Upper)
{
    /// <summary>Gets the interval that bounds nothing.</summary>
    public static KeyInterval Unbounded => default;

    /// <summary>Gets a value indicating whether neither side is bounded.</summary>
    public bool IsUnbounded => Lower is null && Upper is null;

    /// <summary>Computes the interval of a field's values over the documents a filter tree matches.</summary>
    /// <param name="node">The filter tree.</param>
    /// <param name="path">The dotted field path.</param>
    /// <returns>The interval (unbounded when the filter does not constrain the field in a way this understands).</returns>
    public static KeyInterval Of(QueryNode node, string path)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case AndNode and:
                var all = Unbounded;
                foreach (var child in and.Children)
                {
                    all = Intersect(all, Of(child, path));
                }

                return all;
            case OrNode { Children.Count: > 0 } or:
                var any = Of(or.Children[0], path);
                for (var i = 1; i < or.Children.Count && !any.IsUnbounded; i++)
                {
                    any = Union(any, Of(or.Children[i], path));
                }

                return any;
            case PathNode { Path.HasNumericPart: false } field when field.Path.Dotted == path:
                return OfPredicate(field.Predicate);
            default:
                return Unbounded;
        }
    }

    private static KeyInterval OfPredicate(ValuePredicate predicate)
    {
        switch (predicate)
        {
            case ComparisonPredicate comparison:
                return OfComparison(comparison);
            case AndPredicate and:
                // {a: {$gt: 1, $lte: 5}}
                var all = Unbounded;
                foreach (var child in and.Predicates)
                {
                    all = Intersect(all, OfPredicate(child));
                }

                return all;
            default:
                return Unbounded;
        }
    }

    private static KeyInterval OfComparison(ComparisonPredicate comparison)
    {
        var operand = comparison.Operand;
        if (comparison.Comparison == ComparisonOperator.Equal && operand.BsonType is BsonType.Null)
        {
            // {a: null} matches null and missing (indexed as null): nothing above null.
            return new KeyInterval(null, BsonNull.Value);
        }

        if (!HasCollationFreeOrder(operand))
        {
            return Unbounded;
        }

        return comparison.Comparison switch
        {
            ComparisonOperator.Equal => new KeyInterval(operand, operand),
            ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual => new KeyInterval(operand, null),
            ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual => new KeyInterval(null, operand),
            _ => Unbounded,
        };
    }

    private static bool HasCollationFreeOrder(BsonValue value) =>
        value.BsonType switch
        {
            BsonType.Int32 or BsonType.Int64 or BsonType.Decimal128 => true,
            BsonType.Double => !BsonSemantics.IsNaN(value),
            BsonType.DateTime or BsonType.ObjectId or BsonType.Timestamp or BsonType.Boolean => true,
            _ => false,
        };

    private static KeyInterval Intersect(KeyInterval x, KeyInterval y) => new(
        x.Lower is null ? y.Lower : y.Lower is null ? x.Lower : Max(x.Lower, y.Lower),
        x.Upper is null ? y.Upper : y.Upper is null ? x.Upper : Min(x.Upper, y.Upper));

    private static KeyInterval Union(KeyInterval x, KeyInterval y) => new(
        x.Lower is null || y.Lower is null ? null : Min(x.Lower, y.Lower),
        x.Upper is null || y.Upper is null ? null : Max(x.Upper, y.Upper));

    private static BsonValue Min(BsonValue x, BsonValue y) => BsonValueComparer.Instance.Compare(x, y) <= 0 ? x : y;

    private static BsonValue Max(BsonValue x, BsonValue y) => BsonValueComparer.Instance.Compare(x, y) >= 0 ? x : y;
}
