using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$pullAll</c>: removes every element equal to one of the listed values.</summary>
internal sealed class PullAllModifier : ModifierNode
{
    private readonly BsonArray _values;

    /// <summary>Creates the modifier, validating the argument.</summary>
    /// <param name="argument">The values (an array).</param>
    public PullAllModifier(BsonValue argument)
        : base("$pullAll")
    {
        _values = argument as BsonArray ?? throw new MongoServerException(
            ErrorCodes.BadValue,
            $"$pullAll requires an array argument but was given a {BsonTypeNames.NameOf(argument.BsonType)}");
    }

    /// <inheritdoc/>
    public override bool AllowsCreation(UpdateContext context) => false;

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        if (existing is null)
        {
            return;
        }

        if (existing is not BsonArray array)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "Cannot apply $pullAll to a non-array value");
        }

        for (var i = array.Count - 1; i >= 0; i--)
        {
            var element = array[i];
            if (_values.Any(value => BsonValueComparer.Instance.Equals(element, value)))
            {
                array.RemoveAt(i);
            }
        }
    }
}
