using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>Finds the top-level AND-ed predicates of a compiled filter that an index can answer.</summary>
internal static class IndexablePredicateExtractor
{
    /// <summary>Collects the predicates.</summary>
    /// <param name="root">The filter's root node.</param>
    /// <returns>The predicates, in filter order.</returns>
    public static IReadOnlyList<IndexablePredicate> Extract(QueryNode root)
    {
        var result = new List<IndexablePredicate>();
        Collect(root, result);
        return result;
    }

    private static void Collect(QueryNode node, List<IndexablePredicate> result)
    {
        switch (node)
        {
            case AndNode and:
                foreach (var child in and.Children)
                {
                    Collect(child, result);
                }

                break;
            case PathNode { Path.HasNumericPart: false } path:
                var predicate = Create(path.Path.Dotted, path.Predicate);
                if (predicate is not null)
                {
                    result.Add(predicate);
                }

                break;
        }
    }

    private static IndexablePredicate? Create(string path, ValuePredicate predicate)
    {
        switch (predicate)
        {
            case ComparisonPredicate { IsCollated: true } or InPredicate { IsCollated: true }:
                // Index keys hold binary-ordered strings; collated string bounds cannot be looked up in them.
                return null;
            case ComparisonPredicate { Comparison: ComparisonOperator.Equal } equality:
                return IsIndexableValue(equality.Operand)
                    ? new IndexablePredicate(path, IndexablePredicateKind.Equality, [equality.Operand])
                    : null;
            case InPredicate { HasRegex: false } inPredicate when inPredicate.Values.Count > 0:
                foreach (var value in inPredicate.Values)
                {
                    if (!IsIndexableValue(value))
                    {
                        return null;
                    }
                }

                return new IndexablePredicate(path, IndexablePredicateKind.In, inPredicate.Values);
            case ComparisonPredicate range:
                if (BsonSemantics.IsNaN(range.Operand) || !TryGetBracket(range.Operand, out var lower, out var upper, out var upperInclusive))
                {
                    return null;
                }

                return range.Comparison switch
                {
                    ComparisonOperator.GreaterThan => new IndexablePredicate(path, IndexablePredicateKind.Range, [], range.Operand, false, upper, upperInclusive),
                    ComparisonOperator.GreaterThanOrEqual => new IndexablePredicate(path, IndexablePredicateKind.Range, [], range.Operand, true, upper, upperInclusive),
                    ComparisonOperator.LessThan => new IndexablePredicate(path, IndexablePredicateKind.Range, [], lower, true, range.Operand, false),
                    _ => new IndexablePredicate(path, IndexablePredicateKind.Range, [], lower, true, range.Operand, true),
                };
            default:
                return null;
        }
    }

    private static bool IsIndexableValue(BsonValue value) =>
        value.BsonType is not (BsonType.Null or BsonType.Undefined or BsonType.Array or BsonType.RegularExpression);

    private static bool TryGetBracket(BsonValue operand, out BsonValue lower, out BsonValue upper, out bool upperInclusive)
    {
        upperInclusive = true;
        switch (operand.BsonType)
        {
            case BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128:
                lower = new BsonDouble(double.NegativeInfinity);
                upper = new BsonDouble(double.PositiveInfinity);
                return true;
            case BsonType.String or BsonType.Symbol:
                lower = BsonString.Empty;
                upper = new BsonDocument();
                upperInclusive = false;
                return true;
            case BsonType.Document:
                lower = new BsonDocument();
                upper = new BsonArray();
                upperInclusive = false;
                return true;
            case BsonType.ObjectId:
                lower = new BsonObjectId(ObjectId.Empty);
                upper = BsonBoolean.False;
                upperInclusive = false;
                return true;
            case BsonType.Boolean:
                lower = BsonBoolean.False;
                upper = BsonBoolean.True;
                return true;
            case BsonType.DateTime:
                lower = new BsonDateTime(long.MinValue);
                upper = new BsonDateTime(long.MaxValue);
                return true;
            case BsonType.Timestamp:
                lower = new BsonTimestamp(0UL);
                upper = new BsonTimestamp(ulong.MaxValue);
                return true;
            default:
                lower = BsonNull.Value;
                upper = BsonNull.Value;
                return false;
        }
    }
}
