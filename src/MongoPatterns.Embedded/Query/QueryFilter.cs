using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Query;

/// <summary>A parsed MongoDB query filter that tests documents.</summary>
/// <remarks>
/// CONTRACT STUB: supports only the empty filter and top-level equality on plain values, so that the storage and
/// command layers can be built and tested. The query engine replaces this file with the full query language.
/// </remarks>
internal sealed class QueryFilter
{
    private readonly BsonDocument _filter;

    private QueryFilter(BsonDocument filter, IReadOnlyList<IndexablePredicate> predicates)
    {
        _filter = filter;
        IndexablePredicates = predicates;
    }

    /// <summary>Gets the filter that matches every document.</summary>
    public static QueryFilter Empty { get; } = new(new BsonDocument(), []);

    /// <summary>Gets a value indicating whether the filter matches every document.</summary>
    public bool IsEmpty => _filter.ElementCount == 0;

    /// <summary>Gets the top-level predicates an index can answer.</summary>
    public IReadOnlyList<IndexablePredicate> IndexablePredicates { get; }

    /// <summary>Parses a filter document.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="context">Ambient values (let variables, now).</param>
    /// <returns>The parsed filter.</returns>
    /// <exception cref="MongoServerException">The filter is invalid (e.g. code 2 BadValue for an unknown operator).</exception>
    public static QueryFilter Parse(BsonDocument filter, QueryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _ = context;
        var predicates = new List<IndexablePredicate>();
        foreach (var element in filter)
        {
            if (element.Name.StartsWith('$') || element.Value is BsonDocument { ElementCount: > 0 } d && d.GetElement(0).Name.StartsWith('$'))
            {
                throw new MongoServerException(ErrorCodes.BadValue, $"unknown operator: {element.Name} (the query engine is not built yet)");
            }

            predicates.Add(new IndexablePredicate(element.Name, IndexablePredicateKind.Equality, [element.Value]));
        }

        return new QueryFilter(filter, predicates);
    }

    /// <summary>Tests a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(BsonDocument document) => Matches(document, null);

    /// <summary>Tests a document and records positional and text-score details.</summary>
    /// <param name="document">The document.</param>
    /// <param name="details">Receives match details; may be null.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(BsonDocument document, MatchDetails? details)
    {
        ArgumentNullException.ThrowIfNull(document);
        _ = details;
        foreach (var element in _filter)
        {
            if (!document.TryGetValue(element.Name, out var value) || !BsonValueComparer.Instance.Equals(value, element.Value))
            {
                return false;
            }
        }

        return true;
    }
}
