using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// A top-level, AND-ed predicate on one path that an index can answer. The filter still re-checks every
/// candidate document, so a predicate only narrows the candidates and never decides a match on its own.
/// </summary>
internal sealed record IndexablePredicate(
    string Path,
    IndexablePredicateKind Kind,
    IReadOnlyList<BsonValue> Values,
    BsonValue? Lower = null,
    bool LowerInclusive = true,
    BsonValue? Upper = null,
    bool UpperInclusive = true);
