using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$in</c>: equality with any listed value (hash lookup) or a match of any listed regular expression.</summary>
internal sealed class InPredicate : ValuePredicate
{
    private readonly HashSet<BsonValue> _equalities;
    private readonly RegexPredicate[] _regexes;
    private readonly bool _hasNull;

    /// <summary>Creates the predicate.</summary>
    /// <param name="equalities">The plain values.</param>
    /// <param name="regexes">The regular expressions.</param>
    public InPredicate(IReadOnlyList<BsonValue> equalities, IReadOnlyList<RegexPredicate> regexes)
    {
        Values = equalities;
        _equalities = new HashSet<BsonValue>(equalities, BsonValueComparer.Instance);
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

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value)
    {
        if (value is null)
        {
            return _hasNull;
        }

        if (_equalities.Contains(value))
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
