using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$bucketAuto</c>: splits the documents, sorted by <c>groupBy</c>, into about <c>buckets</c> evenly filled buckets (blocking).</summary>
internal sealed class BucketAutoStage : PipelineStage
{
    private readonly AggregationExpression _groupBy;
    private readonly int _buckets;
    private readonly AccumulatorSpec[] _output;

    private BucketAutoStage(AggregationExpression groupBy, int buckets, AccumulatorSpec[] output)
    {
        _groupBy = groupBy;
        _buckets = buckets;
        _output = output;
    }

    /// <inheritdoc />
    public override string Name => "$bucketAuto";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(40240, $"The argument to $bucketAuto must be an object, but found type: {ExpressionTypeNames.NameOf(specification)}.");
        }

        AggregationExpression? groupBy = null;
        int? buckets = null;
        AccumulatorSpec[]? output = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "groupBy":
                    if (!BucketStage.IsExpressionLike(element.Value))
                    {
                        ExpressionErrors.Throw(40239, $"The $bucketAuto 'groupBy' field must be defined as a $-prefixed path or an expression object, but found: {element.Value}.");
                    }

                    groupBy = AggregationExpression.Parse(element.Value, scope.Expressions);
                    break;
                case "buckets":
                    if (!element.Value.IsNumeric)
                    {
                        ExpressionErrors.Throw(40241, $"The $bucketAuto 'buckets' field must be a numeric value, but found type: {ExpressionTypeNames.NameOf(element.Value)}.");
                    }

                    if (!Numeric.TryGetInt32(element.Value, out var count))
                    {
                        ExpressionErrors.Throw(40242, $"The $bucketAuto 'buckets' field must be representable as a 32-bit integer, but found {element.Value}.");
                    }

                    if (count <= 0)
                    {
                        ExpressionErrors.Throw(40243, $"The $bucketAuto 'buckets' field must be greater than 0, but found: {count}.");
                    }

                    buckets = count;
                    break;
                case "output":
                    output = BucketStage.ParseOutput(element.Value, scope, "$bucketAuto", 40244);
                    break;
                case "granularity":
                    ExpressionErrors.Throw(ErrorCodes.NotImplemented, "$bucketAuto 'granularity' is not supported by the embedded server");
                    break;
                default:
                    ExpressionErrors.Throw(40245, $"Unrecognized option to $bucketAuto: {element.Name}.");
                    break;
            }
        }

        if (groupBy is null || buckets is null)
        {
            ExpressionErrors.Throw(40246, "$bucketAuto requires 'groupBy' and 'buckets' to be specified");
        }

        output ??= [AccumulatorSpec.Parse("count", new BsonDocument("$sum", 1), scope.Expressions)];
        return new BucketAutoStage(groupBy, buckets.Value, output);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var entries = new List<(BsonValue Key, BsonDocument Document)>();
        EvaluationContext? context = null;
        foreach (var document in input)
        {
            if (context is null)
            {
                context = runtime.CreateEvaluationContext(document);
            }
            else
            {
                runtime.Bind(context, document);
            }

            entries.Add((_groupBy.Evaluate(context) ?? BsonNull.Value, document));
        }

        var sorted = entries.OrderBy(static e => e.Key, BsonValueComparer.Instance).ToList();
        var approximateSize = Math.Max(1, (int)Math.Round((double)sorted.Count / _buckets, MidpointRounding.AwayFromZero));
        var position = 0;
        var bucketNumber = 0;
        var results = new List<BsonDocument>();
        while (position < sorted.Count)
        {
            bucketNumber++;
            var start = position;
            if (bucketNumber == _buckets)
            {
                position = sorted.Count;
            }
            else
            {
                position = Math.Min(sorted.Count, position + approximateSize);
                while (position < sorted.Count && BsonValueComparer.Instance.Compare(sorted[position].Key, sorted[position - 1].Key) == 0)
                {
                    position++;
                }
            }

            var state = _output.Select(static o => o.Create()).ToArray();
            for (var i = start; i < position; i++)
            {
                runtime.Bind(context!, sorted[i].Document);
                foreach (var accumulator in state)
                {
                    accumulator.Accumulate(context!);
                }
            }

            var max = position < sorted.Count ? sorted[position].Key : sorted[position - 1].Key;
            results.Add(GroupStage.Output(new BsonDocument { { "min", sorted[start].Key }, { "max", max } }, state, _output));
        }

        return results;
    }
}
