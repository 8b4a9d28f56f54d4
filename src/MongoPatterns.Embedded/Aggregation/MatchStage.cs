using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$match</c>: keeps the documents a query filter matches (streaming).</summary>
internal sealed class MatchStage : PipelineStage
{
    private readonly BsonDocument _specification;
    private readonly bool _usesExpressions;

    private MatchStage(BsonDocument specification, QueryFilter filter)
    {
        _specification = specification;
        Filter = filter;
        _usesExpressions = ContainsExpr(specification);
    }

    /// <inheritdoc />
    public override string Name => "$match";

    /// <summary>Gets the filter parsed with the pipeline's own variables.</summary>
    public QueryFilter Filter { get; }

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The filter.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument filter)
        {
            return ExpressionErrors.Throw<PipelineStage>(15959, "the match filter must be an expression in an object");
        }

        return new MatchStage(filter, QueryFilter.Parse(filter, scope.CreateQueryContext()));
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var filter = runtime.IsRoot || !_usesExpressions ? Filter : QueryFilter.Parse(_specification, runtime.CreateQueryContext());
        return Run(input, runtime, filter);
    }

    private static IEnumerable<BsonDocument> Run(IEnumerable<BsonDocument> input, PipelineRuntime runtime, QueryFilter filter)
    {
        var details = new MatchDetails();
        foreach (var document in input)
        {
            details.Reset();
            if (filter.Matches(document, details))
            {
                if (details.TextScore is double score)
                {
                    runtime.SetTextScore(document, score);
                }

                yield return document;
            }
        }
    }

    private static bool ContainsExpr(BsonValue value)
    {
        switch (value)
        {
            case BsonDocument document:
                foreach (var element in document)
                {
                    if (element.Name == "$expr" || ContainsExpr(element.Value))
                    {
                        return true;
                    }
                }

                return false;
            case BsonArray array:
                return array.Any(ContainsExpr);
            default:
                return false;
        }
    }
}
