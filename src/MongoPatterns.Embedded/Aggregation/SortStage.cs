using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$sort</c>: a stable sort by a <see cref="SortSpecification"/>, with <c>{$meta: "textScore"}</c> keys (blocking).</summary>
internal sealed class SortStage : PipelineStage
{
    private readonly Segment[] _segments;

    private SortStage(Segment[] segments) => _segments = segments;

    /// <inheritdoc />
    public override string Name => "$sort";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The sort document.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(15973, "the $sort key specification must be an object");
        }

        return new SortStage(ParseSegments(document, scope.Context.Collation));
    }

    /// <summary>Parses a sort document into runs of plain keys and <c>$meta</c> keys.</summary>
    /// <param name="document">The sort document.</param>
    /// <param name="collation">The collation strings sort by, or null for binary order.</param>
    /// <returns>The segments.</returns>
    internal static Segment[] ParseSegments(BsonDocument document, Collation? collation = null)
    {
        if (document.ElementCount == 0)
        {
            ExpressionErrors.Throw(15976, "$sort stage must have at least one sort key");
        }

        var segments = new List<Segment>();
        var plain = new BsonDocument();
        foreach (var element in document)
        {
            if (element.Value is BsonDocument meta)
            {
                if (meta.ElementCount != 1 || meta.GetElement(0).Name != "$meta")
                {
                    ExpressionErrors.Throw(17312, "$meta is the only expression supported by $sort right now");
                }

                if (meta.GetElement(0).Value is not BsonString { Value: "textScore" or "randVal" or "searchScore" } metaName)
                {
                    return ExpressionErrors.Throw<Segment[]>(31138, $"Illegal $meta sort: {meta}");
                }

                if (plain.ElementCount > 0)
                {
                    segments.Add(new Segment(SortSpecification.Parse(plain, collation), null));
                    plain = new BsonDocument();
                }

                segments.Add(new Segment(null, metaName.Value));
                continue;
            }

            if (!element.Value.IsNumeric)
            {
                ExpressionErrors.Throw(15974, $"Illegal key in $sort specification: {element.Name}: {element.Value}");
            }

            if (!Numeric.TryGetInt32(element.Value, out var direction) || direction is not (1 or -1))
            {
                ExpressionErrors.Throw(15975, "$sort key ordering must be 1 (for ascending) or -1 (for descending)");
            }

            plain.Add(element.Name, direction);
        }

        if (plain.ElementCount > 0)
        {
            segments.Add(new Segment(SortSpecification.Parse(plain, collation), null));
        }

        return segments.ToArray();
    }

    /// <summary>Creates a stable comparer of documents for the segments.</summary>
    /// <param name="segments">The segments.</param>
    /// <param name="runtime">The runtime (for text scores).</param>
    /// <returns>The comparer.</returns>
    internal static Comparison<BsonDocument> CreateComparison(Segment[] segments, PipelineRuntime runtime) => (x, y) =>
    {
        foreach (var segment in segments)
        {
            int result;
            if (segment.Specification is not null)
            {
                result = segment.Specification.Compare(x, y);
            }
            else
            {
                // Text scores sort descending; documents without a score sort last.
                var left = runtime.GetTextScore(x) ?? double.MinValue;
                var right = runtime.GetTextScore(y) ?? double.MinValue;
                result = right.CompareTo(left);
            }

            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    };

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var comparison = CreateComparison(_segments, runtime);
        var documents = input.ToList();
        return documents.Order(Comparer<BsonDocument>.Create(comparison));
    }

    /// <summary>A run of plain sort keys, or one <c>$meta</c> key.</summary>
    /// <param name="Specification">The plain keys.</param>
    /// <param name="Meta">The metadata name.</param>
    internal sealed record Segment(SortSpecification? Specification, string? Meta);
}
