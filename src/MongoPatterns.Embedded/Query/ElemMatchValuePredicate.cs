using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// <c>$elemMatch</c> with operators (<c>{a: {$elemMatch: {$gte: 80, $lt: 85}}}</c>): some single element satisfies
/// every operator at once (elements are tested as they are; nested arrays are not traversed).
/// </summary>
internal sealed class ElemMatchValuePredicate : ValuePredicate
{
    private readonly ValuePredicate[] _predicates;

    /// <summary>Creates the predicate.</summary>
    /// <param name="predicates">The operators each element is tested against.</param>
    public ElemMatchValuePredicate(IReadOnlyList<ValuePredicate> predicates) => _predicates = [.. predicates];

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
            if (MatchesAll(array[i]))
            {
                matchedElement = i;
                return true;
            }
        }

        return false;
    }

    private bool MatchesAll(BsonValue element)
    {
        foreach (var predicate in _predicates)
        {
            if (!predicate.Matches(element))
            {
                return false;
            }
        }

        return true;
    }
}
