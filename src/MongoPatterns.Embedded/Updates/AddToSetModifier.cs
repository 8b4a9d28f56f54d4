using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$addToSet</c> (with <c>$each</c>): appends values the array does not already contain (numbers compare by value).</summary>
internal sealed class AddToSetModifier : ModifierNode
{
    private readonly List<BsonValue> _values = [];

    /// <summary>Creates the modifier, validating the argument.</summary>
    /// <param name="argument">A value, or <c>{$each: [...]}</c>.</param>
    public AddToSetModifier(BsonValue argument)
        : base("$addToSet")
    {
        IEnumerable<BsonValue> values = [argument];
        if (argument is BsonDocument { ElementCount: > 0 } document && document.GetElement(0).Name == "$each")
        {
            if (document.ElementCount > 1)
            {
                throw new MongoServerException(ErrorCodes.BadValue, $"Found unexpected fields after $each in $addToSet: {BsonDisplay.Format(document)}");
            }

            values = document[0] as BsonArray ?? throw new MongoServerException(
                ErrorCodes.TypeMismatch,
                $"The argument to $each in $addToSet must be an array but it was of type {BsonTypeNames.NameOf(document[0].BsonType)}");
        }

        foreach (var value in values)
        {
            if (!_values.Exists(candidate => BsonValueComparer.Instance.Equals(candidate, value)))
            {
                _values.Add(value);
            }
        }
    }

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        if (existing is null)
        {
            slot.Set(new BsonArray(_values.Select(value => value.DeepClone())));
            return;
        }

        if (existing is not BsonArray array)
        {
            throw new MongoServerException(
                ErrorCodes.BadValue,
                $"Cannot apply $addToSet to non-array field. Field named '{slot.Name}' has non-array type {BsonTypeNames.NameOf(existing.BsonType)}");
        }

        foreach (var value in _values)
        {
            if (!array.Any(item => BsonValueComparer.Instance.Equals(item, value)))
            {
                array.Add(value.DeepClone());
            }
        }
    }
}
