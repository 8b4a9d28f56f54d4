using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$in</c>: equality with any listed value (hash lookup) or a match of any listed regular expression.</summary>
internal sealed class InPredicate : ValuePredicate
{
    private readonly HashSet<BsonValue> _equalities;
    private readonly RegexPredicate[] _regexes;
    private readonly bool _hasNull;
    private readonly Collation? _collation;

    /// <summary>Creates the predicate.</summary>
    /// <param name="equalities">The plain values.</param>
    /// <param name="regexes">The regular expressions.</param>
    /// <param name="collation">The collation strings compare with, or null for binary comparison.</param>
    public InPredicate(IReadOnlyList<BsonValue> equalities, IReadOnlyList<RegexPredicate> regexes, Collation? collation = null)
    {
        Values = equalities;
        _collation = collation is not null && equalities.Any(Collation.AppliesTo) ? collation : null;
        _equalities = new HashSet<BsonValue>(_collation is null ? equalities : equalities.Select(_collation.Key), BsonValueComparer.Instance);
        _regexes = [.. regexes];
        foreach (var value in equalities)
        {
            _hasNull |= value.BsonType == BsonType.Null;
        }
    }

    /// <summary>Gets the plain (non-regex) values in their original order.</summary>
    public IReadOnlyList<BsonValue> Values { get; }

    /// <summary>Gets a value indicating whether the list contains regular expressions.</summary>
    public bool HasRegex => _regexes.Length > 0;

    /// <summary>Gets a value indicating whether the values hold strings compared by a collation (an index on binary keys cannot answer it).</summary>
    public bool IsCollated => _collation is not null;

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value)
    {
        if (value is null)
        {
            return _hasNull;
        }

        if (_equalities.Contains(_collation is null ? value : _collation.Key(value)))
        {
            return true;
        }

        foreach (var regex in _regexes)
        {
            if (regex.Matches(value))
            {
                return true;
            }
        }

        return false;
    }
}
