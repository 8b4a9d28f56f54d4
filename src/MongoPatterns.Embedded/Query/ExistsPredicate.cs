using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$exists: true</c> (<c>$exists: false</c> is its negation).</summary>
internal sealed class ExistsPredicate : ValuePredicate
{
    /// <summary>Gets the shared instance.</summary>
    public static ExistsPredicate Instance { get; } = new();

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value) => value is not null;
}
