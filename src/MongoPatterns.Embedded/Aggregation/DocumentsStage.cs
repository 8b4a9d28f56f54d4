using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$documents</c>: produces literal documents (first stage only; the input is ignored).</summary>
internal sealed class DocumentsStage : PipelineStage
{
    private readonly AggregationExpression _documents;

    private DocumentsStage(AggregationExpression documents) => _documents = documents;

    /// <inheritdoc />
    public override string Name => "$documents";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">An expression that evaluates to an array of documents.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope) =>
        new DocumentsStage(AggregationExpression.Parse(specification, scope.Expressions));

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var value = _documents.Evaluate(runtime.CreateEvaluationContext(new BsonDocument()));
        if (value is not BsonArray array)
        {
            ExpressionErrors.Throw(5858203, $"an array is expected, found {ExpressionTypeNames.NameOf(value)}");
            yield break;
        }

        foreach (var item in array)
        {
            yield return item is BsonDocument document
                ? DocumentPaths.ShallowCopy(document)
                : ExpressionErrors.Throw<BsonDocument>(5858202, $"object expected in $documents array, found {ExpressionTypeNames.NameOf(item)}");
        }
    }
}
