using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$currentDate</c>: stores the current time as a date or a timestamp.</summary>
internal sealed class CurrentDateModifier : ModifierNode
{
    private static int s_increment;
    private readonly bool _timestamp;

    /// <summary>Creates the modifier, validating the argument (<c>true</c> or <c>{$type: "date"|"timestamp"}</c>).</summary>
    /// <param name="field">The field name, for messages.</param>
    /// <param name="argument">The argument.</param>
    public CurrentDateModifier(string field, BsonValue argument)
        : base("$currentDate")
    {
        switch (argument)
        {
            case BsonBoolean:
                break;
            case BsonDocument { ElementCount: > 0 } document:
                foreach (var element in document)
                {
                    if (element.Name != "$type")
                    {
                        throw new MongoServerException(ErrorCodes.BadValue, $"Unrecognized $currentDate option: {element.Name}");
                    }

                    _timestamp = element.Value switch
                    {
                        BsonString { Value: "timestamp" } => true,
                        BsonString { Value: "date" } => false,
                        _ => throw new MongoServerException(
                            ErrorCodes.BadValue,
                            "The '$type' string field is required to be 'date' or 'timestamp': {$currentDate: {field : {$type: 'date'}}}"),
                    };
                }

                break;
            default:
                throw new MongoServerException(
                    ErrorCodes.BadValue,
                    $"{Query.BsonDisplay.FormatElement(field, argument)} is not valid type for $currentDate. Please use a boolean ('true') or a $type expression ({{$type: 'timestamp/date'}}).");
        }
    }

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        if (_timestamp)
        {
            var seconds = (uint)Math.Max(0, new DateTimeOffset(DateTime.SpecifyKind(context.Now, DateTimeKind.Utc)).ToUnixTimeSeconds());
            slot.Set(new BsonTimestamp(seconds, (uint)Interlocked.Increment(ref s_increment)));
        }
        else
        {
            slot.Set(new BsonDateTime(context.Now));
        }
    }
}
