using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>A predicate with a fixed answer (e.g. <c>$all: []</c> never matches).</summary>
internal sealed class ConstantPredicate : ValuePredicate
{
    private readonly bool _result;

    private ConstantPredicate(bool result) => _result = result;

    /// <summary>Gets the predicate that never matches.</summary>
    public static ConstantPredicate Never { get; } = new(false);

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value) => _result;
}
