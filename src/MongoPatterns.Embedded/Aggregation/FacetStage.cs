using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$facet</c>: runs several sub-pipelines over the same input and outputs one document of their result arrays (blocking).</summary>
internal sealed class FacetStage : PipelineStage
{
    private readonly (string Name, PipelineStage[] Stages)[] _facets;

    private FacetStage((string, PipelineStage[])[] facets) => _facets = facets;

    /// <inheritdoc />
    public override string Name => "$facet";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The facets.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(15947, "the $facet specification must be an object");
        }

        if (document.ElementCount == 0)
        {
            ExpressionErrors.Throw(40169, "the $facet specification must be a non-empty object");
        }

        var facets = new List<(string, PipelineStage[])>();
        var nested = scope.Nested(PipelineNesting.Facet);
        foreach (var element in document)
        {
            ObjectExpression.ValidateFieldName(element.Name);
            if (element.Value is not BsonArray stages)
            {
                return ExpressionErrors.Throw<PipelineStage>(40170, $"arguments to $facet must be arrays, {element.Name} is type {ExpressionTypeNames.NameOf(element.Value)}");
            }

            facets.Add((element.Name, StageParsers.ParseStages(stages, nested)));
        }

        return new FacetStage(facets.ToArray());
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var documents = input.ToList();
        var result = new BsonDocument();
        foreach (var (name, stages) in _facets)
        {
            result.Add(name, new BsonArray(AggregationPipeline.RunStages(stages, documents, runtime)));
        }

        yield return result;
    }
}
