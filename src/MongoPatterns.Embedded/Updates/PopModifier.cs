using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$pop</c>: removes the last (1) or first (-1) element.</summary>
internal sealed class PopModifier : ModifierNode
{
    private readonly bool _fromFront;

    /// <summary>Creates the modifier, validating the argument.</summary>
    /// <param name="field">The field name, for messages.</param>
    /// <param name="argument">1 or -1.</param>
    public PopModifier(string field, BsonValue argument)
        : base("$pop")
    {
        if (!argument.IsNumeric)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Expected a number in: {BsonDisplay.FormatElement(field, argument)}");
        }

        var direction = argument.ToDouble();
        if (direction is not (1 or -1))
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"$pop expects 1 or -1, found: {BsonDisplay.Format(argument)}");
        }

        _fromFront = direction < 0;
    }

    /// <inheritdoc/>
    public override bool AllowsCreation(UpdateContext context) => false;

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        switch (existing)
        {
            case null:
                return;
            case BsonArray { Count: 0 }:
                return;
            case BsonArray array:
                array.RemoveAt(_fromFront ? 0 : array.Count - 1);
                return;
            default:
                throw new MongoServerException(
                    ErrorCodes.TypeMismatch,
                    $"Path '{context.CurrentPath}' contains an element of non-array type '{BsonTypeNames.NameOf(existing.BsonType)}'");
        }
    }
}
