using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary>
/// <c>$pull</c>: removes the elements that equal a value, satisfy operators (<c>{$gte: 6}</c>, a regex), or — for a
/// plain document condition — are documents matching it as a query (<c>{score: 8, item: "B"}</c>).
/// </summary>
internal sealed class PullModifier : ModifierNode
{
    private readonly BsonValue? _equalTo;
    private readonly QueryFilter? _valueFilter;
    private readonly QueryFilter? _documentFilter;

    /// <summary>Creates the modifier, parsing the condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="context">Ambient values for the condition.</param>
    public PullModifier(BsonValue condition, QueryContext context)
        : base("$pull")
    {
        if (condition is BsonDocument document && !(document.ElementCount > 0 && FilterParser.IsFieldOperator(document.GetElement(0).Name)))
        {
            _documentFilter = QueryFilter.Parse(document, context);
        }
        else if (condition is BsonDocument or BsonRegularExpression)
        {
            _valueFilter = QueryFilter.Parse(new BsonDocument(string.Empty, condition), context);
        }
        else
        {
            _equalTo = condition;
        }
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
            throw new MongoServerException(ErrorCodes.BadValue, "Cannot apply $pull to a non-array value");
        }

        for (var i = array.Count - 1; i >= 0; i--)
        {
            if (Matches(array[i]))
            {
                array.RemoveAt(i);
            }
        }
    }

    private bool Matches(BsonValue element)
    {
        if (_equalTo is not null)
        {
            return BsonValueComparer.Instance.Equals(element, _equalTo);
        }

        if (_valueFilter is not null)
        {
            return _valueFilter.Matches(new BsonDocument(string.Empty, element));
        }

        return element is BsonDocument document && _documentFilter!.Matches(document);
    }
}
