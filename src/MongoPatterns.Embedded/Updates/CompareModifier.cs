using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$min</c> and <c>$max</c>: replace the value when the operand sorts before (after) it, across types.</summary>
internal sealed class CompareModifier : ModifierNode
{
    private readonly BsonValue _value;
    private readonly bool _isMin;

    /// <summary>Creates the modifier.</summary>
    /// <param name="operatorName"><c>$min</c> or <c>$max</c>.</param>
    /// <param name="value">The operand.</param>
    public CompareModifier(string operatorName, BsonValue value)
        : base(operatorName)
    {
        _value = value;
        _isMin = operatorName == "$min";
    }

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        if (existing is not null)
        {
            var order = BsonValueComparer.Instance.Compare(_value, existing);
            if (_isMin ? order >= 0 : order <= 0)
            {
                return;
            }
        }

        slot.Set(_value.DeepClone());
    }
}
