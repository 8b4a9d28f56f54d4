using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// A negated predicate (<c>$ne</c>, <c>$nin</c>, <c>$not</c>, <c>$exists: false</c>). On a field it negates the whole
/// path match (see <see cref="NotNode"/>); inside a <c>$elemMatch</c> it negates the test of one element.
/// </summary>
internal sealed class NotPredicate : ValuePredicate
{
    /// <summary>Creates the negation.</summary>
    /// <param name="inner">The predicate to negate.</param>
    public NotPredicate(ValuePredicate inner) => Inner = inner;

    /// <summary>Gets the negated predicate.</summary>
    public ValuePredicate Inner { get; }

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value) => !Inner.Matches(value);
}
