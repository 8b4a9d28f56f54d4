using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// <c>$eq</c>, <c>$lt</c>, <c>$lte</c>, <c>$gt</c>, <c>$gte</c> with MongoDB's type bracketing: values of a different
/// canonical type never match, except that null also matches missing and undefined, and MinKey/MaxKey operands
/// bound every type. NaN equals only NaN and is neither less nor greater than anything.
/// </summary>
internal sealed class ComparisonPredicate : ValuePredicate
{
    private readonly int _operandTypeOrder;
    private readonly bool _operandIsNaN;
    private readonly Collation? _collation;
    private readonly BsonValue _operandKey;

    /// <summary>Creates the predicate.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="operand">The right-hand value.</param>
    /// <param name="collation">The collation strings compare with, or null for binary comparison.</param>
    public ComparisonPredicate(ComparisonOperator comparison, BsonValue operand, Collation? collation = null)
    {
        Comparison = comparison;
        Operand = operand;
        _operandTypeOrder = BsonSemantics.TypeOrder(operand);
        _operandIsNaN = BsonSemantics.IsNaN(operand);
        _collation = collation is not null && Collation.AppliesTo(operand) ? collation : null;
        _operandKey = _collation is null ? operand : _collation.Key(operand);
    }

    /// <summary>Gets a value indicating whether the operand holds strings compared by a collation (an index on binary keys cannot answer it).</summary>
    public bool IsCollated => _collation is not null;

    /// <summary>Gets the comparison.</summary>
    public ComparisonOperator Comparison { get; }

    /// <summary>Gets the right-hand value.</summary>
    public BsonValue Operand { get; }

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value)
    {
        if (value is null)
        {
            return Operand.BsonType switch
            {
                BsonType.Null => Comparison is ComparisonOperator.Equal or ComparisonOperator.LessThanOrEqual or ComparisonOperator.GreaterThanOrEqual,
                BsonType.MinKey => Comparison is ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual,
                BsonType.MaxKey => Comparison is ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual,
                _ => false,
            };
        }

        if (BsonSemantics.TypeOrder(value) != _operandTypeOrder)
        {
            return Operand.BsonType switch
            {
                BsonType.MinKey => Comparison is ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual,
                BsonType.MaxKey => Comparison is ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual,
                _ => false,
            };
        }

        if (_operandTypeOrder == 3)
        {
            var valueIsNaN = BsonSemantics.IsNaN(value);
            if (valueIsNaN || _operandIsNaN)
            {
                return valueIsNaN && _operandIsNaN
                    && Comparison is ComparisonOperator.Equal or ComparisonOperator.LessThanOrEqual or ComparisonOperator.GreaterThanOrEqual;
            }
        }

        var order = _collation is null ? BsonValueComparer.Instance.Compare(value, Operand) : BsonValueComparer.Instance.Compare(_collation.Key(value), _operandKey);
        return Comparison switch
        {
            ComparisonOperator.Equal => order == 0,
            ComparisonOperator.LessThan => order < 0,
            ComparisonOperator.LessThanOrEqual => order <= 0,
            ComparisonOperator.GreaterThan => order > 0,
            _ => order >= 0,
        };
    }
}
