using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>Several predicates that must all hold for the same value (the operators of one field, inside <c>$elemMatch</c>).</summary>
internal sealed class AndPredicate : ValuePredicate
{
    private readonly ValuePredicate[] _predicates;

    /// <summary>Creates the conjunction.</summary>
    /// <param name="predicates">The predicates.</param>
    public AndPredicate(IReadOnlyList<ValuePredicate> predicates) => _predicates = [.. predicates];

    /// <summary>Gets the predicates.</summary>
    public IReadOnlyList<ValuePredicate> Predicates => _predicates;

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value)
    {
        foreach (var predicate in _predicates)
        {
            if (!predicate.Matches(value))
            {
                return false;
            }
        }

        return true;
    }
}
