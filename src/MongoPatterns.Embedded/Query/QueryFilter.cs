using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Query;

/// <summary>A parsed MongoDB query filter that tests documents.</summary>
/// <remarks>
/// <para>
/// The filter is compiled once into a tree of matchers (<see cref="QueryNode"/>) and then tested against any number
/// of documents without re-parsing. The full query language is supported: comparison and logical operators,
/// <c>$exists</c>, <c>$type</c>, <c>$regex</c>, <c>$mod</c>, <c>$in</c>/<c>$nin</c>, <c>$all</c>, <c>$elemMatch</c>,
/// <c>$size</c>, the bitwise operators, <c>$expr</c> (through the aggregation expression engine),
/// <c>$jsonSchema</c>, <c>$text</c> and <c>$comment</c>, with MongoDB's array and dotted-path semantics.
/// </para>
/// <para>
/// Not supported: <c>$where</c> (BadValue, 2: no JavaScript) and the geospatial operators (NotImplemented, 238).
/// </para>
/// </remarks>
internal sealed class QueryFilter
{
    private readonly QueryNode _root;

    private QueryFilter(QueryNode root, bool isEmpty, IReadOnlyList<IndexablePredicate> predicates, TextSearch? text)
    {
        _root = root;
        IsEmpty = isEmpty;
        IndexablePredicates = predicates;
        Text = text;
    }

    /// <summary>Gets the filter that matches every document.</summary>
    public static QueryFilter Empty { get; } = new(ConstantNode.True, true, [], null);

    /// <summary>Gets a value indicating whether the filter matches every document (it is empty or only has <c>$comment</c>).</summary>
    public bool IsEmpty { get; }

    /// <summary>Gets the parsed filter tree (the planner reads key bounds from it).</summary>
    public QueryNode Root => _root;

    /// <summary>
    /// Gets the top-level, AND-ed predicates an index can answer: equalities, <c>$in</c> lists and single-bound ranges
    /// (the other bound is the end of the operand's type bracket). Each is a superset condition; the filter still
    /// decides. Ranges are reported one operator at a time, because bounds of a multikey field must not be
    /// intersected. Nothing under <c>$or</c>/<c>$nor</c>/<c>$not</c>, no regexes, no null/array equalities.
    /// </summary>
    public IReadOnlyList<IndexablePredicate> IndexablePredicates { get; }

    /// <summary>Gets the <c>$text</c> search of the filter, if it has one.</summary>
    public TextSearch? Text { get; }

    /// <summary>Parses a filter document.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="context">Ambient values (let variables, now, text index).</param>
    /// <returns>The parsed filter.</returns>
    /// <exception cref="MongoServerException">The filter is invalid (e.g. code 2 BadValue for an unknown operator).</exception>
    public static QueryFilter Parse(BsonDocument filter, QueryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parser = new FilterParser(context ?? new QueryContext());
        var root = parser.Parse(filter);
        var isEmpty = ReferenceEquals(root, ConstantNode.True);
        return new QueryFilter(root, isEmpty, IndexablePredicateExtractor.Extract(root), parser.Text);
    }

    /// <summary>Tests a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(BsonDocument document) => Matches(document, null);

    /// <summary>Tests a document and records positional and text-score details.</summary>
    /// <param name="document">The document.</param>
    /// <param name="details">Receives match details; may be null. Not reset here (see <see cref="MatchDetails.Reset"/>).</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(BsonDocument document, MatchDetails? details)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_root.Matches(document, details))
        {
            return false;
        }

        if (details is not null && Text is not null && details.TextScore is null)
        {
            // $text under $or: the branch did not record the score.
            details.TextScore = Text.Score(document) ?? 0;
        }

        return true;
    }
}
