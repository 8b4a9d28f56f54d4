using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$bit</c>: bitwise <c>and</c>/<c>or</c>/<c>xor</c> on int and long fields (a missing field starts at int 0).</summary>
internal sealed class BitModifier : ModifierNode
{
    private readonly List<(string Operation, BsonValue Operand)> _operations = [];

    /// <summary>Creates the modifier, validating the argument.</summary>
    /// <param name="argument">The <c>{and|or|xor: int}</c> document.</param>
    public BitModifier(BsonValue argument)
        : base("$bit")
    {
        if (argument is not BsonDocument document)
        {
            throw new MongoServerException(
                ErrorCodes.BadValue,
                $"The $bit modifier is not compatible with a {BsonTypeNames.NameOf(argument.BsonType)}. You must pass in an embedded document: {{$bit: {{field: {{and/or/xor: #}}}}");
        }

        if (document.ElementCount == 0)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "You must pass in at least one bitwise operation. The format is: {$bit: {field: {and/or/xor: #}}");
        }

        foreach (var element in document)
        {
            if (element.Name is not ("and" or "or" or "xor"))
            {
                throw new MongoServerException(
                    ErrorCodes.BadValue,
                    $"The $bit modifier only supports 'and', 'or', and 'xor', not '{element.Name}' which is an unknown operator: {{{BsonDisplay.FormatElement(element.Name, element.Value)}}}");
            }

            if (element.Value is not (BsonInt32 or BsonInt64))
            {
                throw new MongoServerException(
                    ErrorCodes.BadValue,
                    $"The $bit modifier field must be an Integer(32/64 bit); a '{BsonTypeNames.NameOf(element.Value.BsonType)}' is not supported here: {{{BsonDisplay.FormatElement(element.Name, element.Value)}}}");
            }

            _operations.Add((element.Name, element.Value));
        }
    }

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        var value = existing ?? new BsonInt32(0);
        if (value is not (BsonInt32 or BsonInt64))
        {
            throw new MongoServerException(
                ErrorCodes.BadValue,
                $"Cannot apply $bit to a value of non-integral type.{{{context.IdText}}} has the field {slot.Name} of non-integer type {BsonTypeNames.NameOf(value.BsonType)}");
        }

        foreach (var (operation, operand) in _operations)
        {
            value = Combine(value, operand, operation);
        }

        if (existing is null || !value.Equals(existing))
        {
            slot.Set(value);
        }
    }

    private static BsonValue Combine(BsonValue left, BsonValue right, string operation)
    {
        if (left is BsonInt32 x && right is BsonInt32 y)
        {
            return new BsonInt32(operation switch { "and" => x.Value & y.Value, "or" => x.Value | y.Value, _ => x.Value ^ y.Value });
        }

        var a = left.ToInt64();
        var b = right.ToInt64();
        return new BsonInt64(operation switch { "and" => a & b, "or" => a | b, _ => a ^ b });
    }
}
