using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Projection;

/// <summary>A parsed find projection (<c>projection</c> of find and findAndModify).</summary>
/// <remarks>
/// <para>
/// MongoDB 4.4+ semantics: inclusion or exclusion (never mixed, except <c>_id</c>), nested paths through documents
/// and arrays, positional <c>$</c>, <c>$slice</c>, <c>$elemMatch</c>, <c>{$meta: "textScore"}</c> and aggregation
/// expressions (<c>{a: "$b"}</c>, <c>{a: {$literal: 1}}</c>).
/// </para>
/// <para>
/// Output field order: included fields keep the document's order (a <c>$slice</c> or positional field stays in
/// place); computed fields, <c>$meta</c> and <c>$elemMatch</c> results follow, in the projection's order.
/// </para>
/// </remarks>
internal sealed class FindProjection
{
    private readonly ProjectionNode _root;
    private readonly bool _inclusion;
    private readonly List<(FieldPath Path, int? Skip, int Limit)> _slices;
    private readonly FieldPath? _positional;
    private readonly QueryContext _context;

    private FindProjection(ProjectionParser parser, QueryContext context)
    {
        _root = parser.Root;
        _inclusion = parser.IsInclusion;
        _slices = parser.Slices;
        _positional = parser.Positional;
        NeedsTextScore = parser.NeedsTextScore;
        _context = context;
    }

    /// <summary>Gets a value indicating whether the projection asks for <c>{$meta: "textScore"}</c>.</summary>
    public bool NeedsTextScore { get; }

    /// <summary>Gets a value indicating whether this is an inclusion projection (only listed fields are returned).</summary>
    public bool IsInclusion => _inclusion;

    /// <summary>Gets a value indicating whether the projection uses the positional <c>$</c> operator (needs match details).</summary>
    public bool HasPositional => _positional is not null;

    /// <summary>Parses a projection document.</summary>
    /// <param name="projection">The projection.</param>
    /// <param name="context">Ambient values.</param>
    /// <returns>The parsed projection.</returns>
    public static FindProjection Parse(BsonDocument projection, QueryContext? context = null) => Parse(projection, null, context);

    /// <summary>Parses a projection document, validating a positional projection against the query filter.</summary>
    /// <param name="projection">The projection.</param>
    /// <param name="filter">The query filter (31277 when a positional projection names a field the filter does not).</param>
    /// <param name="context">Ambient values.</param>
    /// <returns>The parsed projection.</returns>
    public static FindProjection Parse(BsonDocument projection, BsonDocument? filter, QueryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        context ??= new QueryContext();
        var parser = new ProjectionParser(filter, context);
        parser.Parse(projection);
        return new FindProjection(parser, context);
    }

    /// <summary>Applies the projection, returning a new document.</summary>
    /// <param name="document">The stored document (never modified).</param>
    /// <param name="details">Match details for positional projection and the text score.</param>
    /// <returns>The projected document.</returns>
    public BsonDocument Apply(BsonDocument document, MatchDetails? details)
    {
        ArgumentNullException.ThrowIfNull(document);
        var output = _inclusion ? Include(_root, document) : Exclude(_root, document);
        if (_root.HasComputed)
        {
            Compute(_root, output, document, details);
        }

        foreach (var (path, skip, limit) in _slices)
        {
            Slice(output, path, 0, skip, limit);
        }

        if (_positional is not null)
        {
            ApplyPositional(output, details);
        }

        return output;
    }

    private static BsonDocument Include(ProjectionNode node, BsonDocument source)
    {
        var result = new BsonDocument();
        foreach (var element in source)
        {
            if (!node.TryGetChild(element.Name, out var child))
            {
                continue;
            }

            switch (child.Kind)
            {
                case ProjectionNodeKind.Include:
                case ProjectionNodeKind.Positional:
                case ProjectionNodeKind.Slice:
                    result.Add(element.Name, element.Value);
                    break;
                case ProjectionNodeKind.Subtree:
                    if (element.Value is BsonDocument nested)
                    {
                        result.Add(element.Name, Include(child, nested));
                    }
                    else if (element.Value is BsonArray array)
                    {
                        result.Add(element.Name, IncludeArray(child, array));
                    }

                    break;
            }
        }

        return result;
    }

    private static BsonArray IncludeArray(ProjectionNode node, BsonArray source)
    {
        var result = new BsonArray(source.Count);
        foreach (var item in source)
        {
            if (item is BsonDocument nested)
            {
                result.Add(Include(node, nested));
            }
            else if (item is BsonArray array)
            {
                result.Add(IncludeArray(node, array));
            }
        }

        return result;
    }

    private static BsonDocument Exclude(ProjectionNode node, BsonDocument source)
    {
        var result = new BsonDocument();
        foreach (var element in source)
        {
            if (!node.TryGetChild(element.Name, out var child))
            {
                result.Add(element.Name, element.Value);
                continue;
            }

            switch (child.Kind)
            {
                case ProjectionNodeKind.Exclude:
                case ProjectionNodeKind.Expression:
                case ProjectionNodeKind.TextScore:
                case ProjectionNodeKind.ElemMatch:
                    break;
                case ProjectionNodeKind.Subtree:
                    result.Add(
                        element.Name,
                        element.Value switch
                        {
                            BsonDocument nested => Exclude(child, nested),
                            BsonArray array => ExcludeArray(child, array),
                            _ => element.Value,
                        });
                    break;
                default:
                    result.Add(element.Name, element.Value);
                    break;
            }
        }

        return result;
    }

    private static BsonArray ExcludeArray(ProjectionNode node, BsonArray source)
    {
        var result = new BsonArray(source.Count);
        foreach (var item in source)
        {
            result.Add(item switch
            {
                BsonDocument nested => Exclude(node, nested),
                BsonArray array => ExcludeArray(node, array),
                _ => item,
            });
        }

        return result;
    }

    private void Compute(ProjectionNode node, BsonDocument output, BsonDocument root, MatchDetails? details)
    {
        foreach (var (name, child) in node.Children)
        {
            switch (child.Kind)
            {
                case ProjectionNodeKind.Subtree when child.HasComputed:
                    if (output.TryGetValue(name, out var existing) && existing is BsonDocument nested)
                    {
                        Compute(child, nested, root, details);
                    }
                    else if (existing is BsonArray array)
                    {
                        ComputeArray(child, array, root, details);
                    }
                    else
                    {
                        var created = new BsonDocument();
                        Compute(child, created, root, details);
                        output.Set(name, created);
                    }

                    break;
                case ProjectionNodeKind.Expression:
                    var value = Evaluate(child.Expression!, root);
                    if (value is not null)
                    {
                        output.Set(name, value);
                    }

                    break;
                case ProjectionNodeKind.TextScore:
                    if (details?.TextScore is not { } score)
                    {
                        throw new MongoServerException(40218, "query requires text score metadata, but it is not available");
                    }

                    output.Set(name, new BsonDouble(score));
                    break;
                case ProjectionNodeKind.ElemMatch:
                    var elemDetails = new MatchDetails();
                    if (child.ElemMatch!.Matches(root, elemDetails) && elemDetails.PositionalIndex is { } index
                        && root.TryGetValue(name, out var source) && source is BsonArray elements && index < elements.Count)
                    {
                        output.Set(name, new BsonArray { elements[index] });
                    }

                    break;
            }
        }
    }

    private void ComputeArray(ProjectionNode node, BsonArray array, BsonDocument root, MatchDetails? details)
    {
        for (var i = 0; i < array.Count; i++)
        {
            switch (array[i])
            {
                case BsonDocument nested:
                    Compute(node, nested, root, details);
                    break;
                case BsonArray inner:
                    ComputeArray(node, inner, root, details);
                    break;
                default:
                    var created = new BsonDocument();
                    Compute(node, created, root, details);
                    array[i] = created;
                    break;
            }
        }
    }

    private BsonValue? Evaluate(AggregationExpression expression, BsonDocument root)
    {
        var evaluation = new EvaluationContext(root) { Now = _context.Now };
        if (_context.Variables is { } variables)
        {
            foreach (var variable in variables)
            {
                evaluation.Variables[variable.Name] = variable.Value;
            }
        }

        return expression.Evaluate(evaluation);
    }

    private static void Slice(BsonDocument document, FieldPath path, int index, int? skip, int limit)
    {
        var name = path.Part(index);
        if (!document.TryGetValue(name, out var value))
        {
            return;
        }

        var last = index + 1 == path.Length;
        switch (value)
        {
            case BsonArray array when last:
                document.Set(name, SliceArray(array, skip, limit));
                break;
            case BsonArray array:
                foreach (var item in array)
                {
                    if (item is BsonDocument nested)
                    {
                        Slice(nested, path, index + 1, skip, limit);
                    }
                }

                break;
            case BsonDocument nested when !last:
                Slice(nested, path, index + 1, skip, limit);
                break;
        }
    }

    private static BsonArray SliceArray(BsonArray array, int? skip, int limit)
    {
        long length = array.Count;
        long start;
        long count;
        if (skip is null)
        {
            if (limit < 0)
            {
                start = Math.Max(0, length + limit);
                count = length - start;
            }
            else
            {
                start = 0;
                count = Math.Min(length, limit);
            }
        }
        else
        {
            start = skip < 0 ? Math.Max(0, length + skip.Value) : Math.Min(length, skip.Value);
            count = Math.Min(length - start, limit);
        }

        var result = new BsonArray((int)count);
        for (var i = start; i < start + count; i++)
        {
            result.Add(array[(int)i]);
        }

        return result;
    }

    private void ApplyPositional(BsonDocument output, MatchDetails? details)
    {
        var current = output;
        for (var i = 0; i < _positional!.Length; i++)
        {
            var name = _positional.Part(i);
            if (!current.TryGetValue(name, out var value))
            {
                return;
            }

            if (value is BsonArray array)
            {
                if (details?.PositionalIndex is not { } index)
                {
                    throw new MongoServerException(51246, "positional operator '.$' couldn't find a matching element in the array");
                }

                if (index >= array.Count)
                {
                    throw new MongoServerException(51247, "positional operator '.$' element mismatch");
                }

                current.Set(name, new BsonArray { array[index] });
                return;
            }

            if (value is not BsonDocument nested)
            {
                return;
            }

            current = nested;
        }
    }
}
