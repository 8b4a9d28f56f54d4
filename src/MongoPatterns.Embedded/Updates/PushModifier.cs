using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$push</c> with its <c>$each</c>, <c>$position</c>, <c>$sort</c> and <c>$slice</c> clauses.</summary>
internal sealed class PushModifier : ModifierNode
{
    private readonly BsonValue[] _values;
    private readonly int? _position;
    private readonly long? _slice;
    private readonly int _valueSortDirection;
    private readonly SortSpecification? _documentSort;

    /// <summary>Creates the modifier, validating the clauses.</summary>
    /// <param name="argument">The argument: a value, or a document with <c>$each</c> and optional clauses.</param>
    public PushModifier(BsonValue argument)
        : base("$push")
    {
        if (argument is not BsonDocument document || !document.Contains("$each"))
        {
            _values = [argument];
            return;
        }

        _values = [];
        foreach (var clause in document)
        {
            var value = clause.Value;
            switch (clause.Name)
            {
                case "$each":
                    _values = value is BsonArray each
                        ? [.. each]
                        : throw new MongoServerException(ErrorCodes.BadValue, $"The argument to $each in $push must be an array but it was of type: {BsonTypeNames.NameOf(value.BsonType)}");
                    break;
                case "$slice":
                    _slice = ToInteger(value, "The value for $slice must be an integer value but was given type: ");
                    break;
                case "$position":
                    _position = (int)Math.Clamp(ToInteger(value, "The value for $position must be an integer value, not of type: "), int.MinValue, int.MaxValue);
                    break;
                case "$sort":
                    (_valueSortDirection, _documentSort) = ParseSort(value);
                    break;
                default:
                    throw new MongoServerException(ErrorCodes.BadValue, $"Unrecognized clause in $push: {clause.Name}");
            }
        }
    }

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        BsonArray array;
        if (existing is null)
        {
            array = [];
        }
        else if (existing is BsonArray current)
        {
            array = current;
        }
        else
        {
            throw new MongoServerException(
                ErrorCodes.BadValue,
                $"The field '{slot.Name}' must be an array but is of type {BsonTypeNames.NameOf(existing.BsonType)} in document {{{context.IdText}}}");
        }

        var at = _position switch
        {
            null => array.Count,
            < 0 => Math.Max(0, array.Count + _position.Value),
            _ => Math.Min(_position.Value, array.Count),
        };
        foreach (var value in _values)
        {
            array.Insert(at++, value.DeepClone());
        }

        if (_valueSortDirection != 0 || _documentSort is not null)
        {
            Sort(array);
        }

        if (_slice is { } slice)
        {
            if (slice >= 0)
            {
                while (array.Count > slice)
                {
                    array.RemoveAt(array.Count - 1);
                }
            }
            else
            {
                while (array.Count > -slice)
                {
                    array.RemoveAt(0);
                }
            }
        }

        if (existing is null)
        {
            slot.Set(array);
        }
    }

    private static long ToInteger(BsonValue value, string message)
    {
        if (!value.IsNumeric)
        {
            throw new MongoServerException(ErrorCodes.BadValue, message + BsonTypeNames.NameOf(value.BsonType));
        }

        var real = value.ToDouble();
        if (double.IsNaN(real) || Math.Floor(real) != real)
        {
            throw new MongoServerException(ErrorCodes.BadValue, message + BsonTypeNames.NameOf(value.BsonType));
        }

        return value is BsonInt64 int64 ? int64.Value : (long)Math.Clamp(real, long.MinValue, long.MaxValue);
    }

    private static (int Direction, SortSpecification? Pattern) ParseSort(BsonValue value)
    {
        const string invalid = "The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1} to sort embedded fields";
        if (value.IsNumeric)
        {
            var direction = value.ToDouble();
            return direction is 1 or -1 ? ((int)direction, null) : throw new MongoServerException(ErrorCodes.BadValue, invalid);
        }

        if (value is not BsonDocument { ElementCount: > 0 } pattern)
        {
            throw new MongoServerException(ErrorCodes.BadValue, invalid);
        }

        foreach (var element in pattern)
        {
            if (element.Name.Length == 0 || element.Name.StartsWith('$') || element.Name.Split('.').Any(part => part.Length == 0))
            {
                throw new MongoServerException(ErrorCodes.BadValue, "The $sort field is a dotted field but has an empty part: " + element.Name);
            }

            if (!element.Value.IsNumeric || element.Value.ToDouble() is not (1 or -1))
            {
                throw new MongoServerException(ErrorCodes.BadValue, "The $sort element value must be either 1 or -1");
            }
        }

        return (0, SortSpecification.Parse(pattern));
    }

    private void Sort(BsonArray array)
    {
        List<BsonValue> sorted;
        if (_documentSort is not null)
        {
            var empty = new BsonDocument();
            sorted = _documentSort.Sort(array, value => value as BsonDocument ?? empty);
        }
        else
        {
            var indexed = array.Select((value, index) => (value, index)).ToList();
            indexed.Sort((x, y) =>
            {
                var order = BsonValueComparer.Instance.Compare(x.value, y.value) * _valueSortDirection;
                return order != 0 ? order : x.index.CompareTo(y.index);
            });
            sorted = indexed.ConvertAll(item => item.value);
        }

        for (var i = 0; i < sorted.Count; i++)
        {
            array[i] = sorted[i];
        }
    }
}
