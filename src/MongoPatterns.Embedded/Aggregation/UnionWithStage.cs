using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$unionWith</c>: the input, followed by another collection's documents run through an optional pipeline (streaming).</summary>
internal sealed class UnionWithStage : PipelineStage
{
    private readonly string _database;
    private readonly string? _collection;
    private readonly PipelineStage[] _stages;

    private UnionWithStage(string database, string? collection, PipelineStage[] stages)
    {
        _database = database;
        _collection = collection;
        _stages = stages;
    }

    /// <inheritdoc />
    public override string Name => "$unionWith";

    /// <summary>Parses <c>"coll"</c> or <c>{coll, pipeline}</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is BsonString text)
        {
            return new UnionWithStage(scope.Context.Database, text.Value, []);
        }

        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(ErrorCodes.FailedToParse, $"the $unionWith stage specification must be an object or string, but found {ExpressionTypeNames.NameOf(specification)}");
        }

        string? collection = null;
        BsonArray? pipeline = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "coll":
                    collection = element.Value is BsonString coll
                        ? coll.Value
                        : ExpressionErrors.Throw<string>(ErrorCodes.TypeMismatch, $"BSON field '$unionWith.coll' is the wrong type '{ExpressionTypeNames.NameOf(element.Value)}', expected type 'string'");
                    break;
                case "pipeline":
                    pipeline = element.Value as BsonArray
                        ?? ExpressionErrors.Throw<BsonArray>(ErrorCodes.TypeMismatch, $"BSON field '$unionWith.pipeline' is the wrong type '{ExpressionTypeNames.NameOf(element.Value)}', expected type 'array'");
                    break;
                default:
                    ExpressionErrors.Throw(40415, $"BSON field '$unionWith.{element.Name}' is an unknown field.");
                    break;
            }
        }

        if (collection is null && !(pipeline is { Count: > 0 } && pipeline[0] is BsonDocument first && first.Contains("$documents")))
        {
            ExpressionErrors.Throw(ErrorCodes.FailedToParse, "$unionWith stage without explicit collection must have a pipeline with $documents as first stage");
        }

        var stages = pipeline is null ? [] : StageParsers.ParseStages(pipeline, scope.Nested(PipelineNesting.UnionWith));
        return new UnionWithStage(scope.Context.Database, collection, stages);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        foreach (var document in input)
        {
            yield return document;
        }

        var other = _collection is null ? [] : runtime.Context.Host.Scan(_database, _collection);
        foreach (var document in AggregationPipeline.RunStages(_stages, other, runtime))
        {
            yield return document;
        }
    }
}
