using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$type</c>: the value has one of the listed BSON types (<c>"number"</c> stands for all four numeric types).</summary>
internal sealed class TypePredicate : ValuePredicate
{
    private readonly TypeSet _types;

    /// <summary>Creates the predicate.</summary>
    /// <param name="types">The accepted types.</param>
    public TypePredicate(TypeSet types) => _types = types;

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value) => value is not null && _types.Contains(value.BsonType);
}
