using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>An expression that always evaluates to the same value (a literal, or a folded constant sub-tree).</summary>
internal sealed class ConstantExpression : AggregationExpression
{
    /// <summary>Creates a constant.</summary>
    /// <param name="value">The value; <see langword="null"/> for MISSING.</param>
    public ConstantExpression(BsonValue? value) => Value = value;

    /// <summary>Gets the value (<see langword="null"/> for MISSING).</summary>
    public BsonValue? Value { get; }

    /// <inheritdoc />
    public override bool IsConstant => true;

    /// <inheritdoc />
    public override BsonValue? ConstantValue => Value;

    /// <inheritdoc />
    public override BsonValue? Evaluate(EvaluationContext context) => Value;
}
