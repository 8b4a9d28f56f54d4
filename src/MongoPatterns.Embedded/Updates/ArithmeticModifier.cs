using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$inc</c> and <c>$mul</c>.</summary>
internal sealed class ArithmeticModifier : ModifierNode
{
    private readonly BsonValue _operand;
    private readonly bool _multiply;

    /// <summary>Creates the modifier, validating the operand.</summary>
    /// <param name="operatorName"><c>$inc</c> or <c>$mul</c>.</param>
    /// <param name="field">The field name, for messages.</param>
    /// <param name="operand">The operand.</param>
    public ArithmeticModifier(string operatorName, string field, BsonValue operand)
        : base(operatorName)
    {
        _multiply = operatorName == "$mul";
        if (!operand.IsNumeric)
        {
            throw new MongoServerException(
                ErrorCodes.TypeMismatch,
                $"Cannot {(_multiply ? "multiply" : "increment")} with non-numeric argument: {{{BsonDisplay.FormatElement(field, operand)}}}");
        }

        _operand = operand;
    }

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        if (existing is null)
        {
            slot.Set(_multiply ? NumericArithmetic.ZeroOf(_operand) : _operand);
            return;
        }

        if (!existing.IsNumeric)
        {
            throw new MongoServerException(
                ErrorCodes.TypeMismatch,
                $"Cannot apply {OperatorName} to a value of non-numeric type. {{{context.IdText}}} has the field '{slot.Name}' of non-numeric type {BsonTypeNames.NameOf(existing.BsonType)}");
        }

        var result = _multiply ? NumericArithmetic.Multiply(existing, _operand) : NumericArithmetic.Add(existing, _operand);
        if (result is null)
        {
            throw new MongoServerException(
                ErrorCodes.BadValue,
                $"Failed to apply {OperatorName} operations to current value ({NumericArithmetic.Describe(existing)}) for document {{{context.IdText}}}");
        }

        if (!result.Equals(existing))
        {
            slot.Set(result);
        }
    }
}
