using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// <c>$elemMatch</c> with a query document (<c>{a: {$elemMatch: {b: 1, c: {$gt: 2}}}}</c>): some element that is a
/// document (or an array, seen as a document keyed by position) matches the whole sub-query.
/// </summary>
internal sealed class ElemMatchObjectPredicate : ValuePredicate
{
    private readonly QueryNode _filter;

    /// <summary>Creates the predicate.</summary>
    /// <param name="filter">The sub-query applied to each element.</param>
    public ElemMatchObjectPredicate(QueryNode filter) => _filter = filter;

    /// <inheritdoc/>
    public override bool TraversesLeafArrays => false;

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value)
    {
        var ignored = -1;
        return Matches(value, ref ignored);
    }

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value, ref int matchedElement)
    {
        if (value is not BsonArray array)
        {
            return false;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var element = array[i];
            var document = element switch
            {
                BsonDocument subDocument => subDocument,
                BsonArray nested => BsonSemantics.ArrayAsDocument(nested),
                _ => null,
            };

            if (document is not null && _filter.Matches(document, null))
            {
                matchedElement = i;
                return true;
            }
        }

        return false;
    }
}
