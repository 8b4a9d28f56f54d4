using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$bucket</c>: groups documents into ranges of <c>groupBy</c> values between boundaries (blocking; output sorted by bucket).</summary>
internal sealed class BucketStage : PipelineStage
{
    private readonly AggregationExpression _groupBy;
    private readonly BsonValue[] _boundaries;
    private readonly BsonValue? _default;
    private readonly AccumulatorSpec[] _output;

    private BucketStage(AggregationExpression groupBy, BsonValue[] boundaries, BsonValue? defaultBucket, AccumulatorSpec[] output)
    {
        _groupBy = groupBy;
        _boundaries = boundaries;
        _default = defaultBucket;
        _output = output;
    }

    /// <inheritdoc />
    public override string Name => "$bucket";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(40201, $"Argument to $bucket stage must be an object, but found type: {ExpressionTypeNames.NameOf(specification)}.");
        }

        AggregationExpression? groupBy = null;
        BsonArray? boundaries = null;
        BsonValue? defaultBucket = null;
        AccumulatorSpec[]? output = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "groupBy":
                    if (!IsExpressionLike(element.Value))
                    {
                        ExpressionErrors.Throw(40202, $"The $bucket 'groupBy' field must be defined as a $-prefixed path or an expression, but found: {element.Value}.");
                    }

                    groupBy = AggregationExpression.Parse(element.Value, scope.Expressions);
                    break;
                case "boundaries":
                    boundaries = element.Value as BsonArray
                        ?? ExpressionErrors.Throw<BsonArray>(40200, $"The $bucket 'boundaries' field must be an array, but found type: {ExpressionTypeNames.NameOf(element.Value)}.");
                    break;
                case "default":
                    defaultBucket = AggregationExpression.Parse(element.Value, scope.Expressions) is { IsConstant: true } constant
                        ? constant.ConstantValue ?? BsonNull.Value
                        : ExpressionErrors.Throw<BsonValue>(40195, $"The $bucket 'default' field must be a constant expression, but found: {element.Value}.");
                    break;
                case "output":
                    output = ParseOutput(element.Value, scope, "$bucket", 40196);
                    break;
                default:
                    ExpressionErrors.Throw(40197, $"Unrecognized option to $bucket: {element.Name}.");
                    break;
            }
        }

        if (groupBy is null || boundaries is null)
        {
            ExpressionErrors.Throw(40198, "$bucket requires 'groupBy' and 'boundaries' to be specified.");
        }

        if (boundaries.Count < 2)
        {
            ExpressionErrors.Throw(40192, $"The $bucket 'boundaries' field must have at least 2 values, but found {boundaries.Count} value(s).");
        }

        for (var i = 0; i < boundaries.Count; i++)
        {
            var canonical = BsonValueComparer.GetCanonicalTypeOrder(boundaries[i].BsonType);
            if (i > 0)
            {
                if (canonical != BsonValueComparer.GetCanonicalTypeOrder(boundaries[i - 1].BsonType))
                {
                    ExpressionErrors.Throw(40193, $"All values in the the 'boundaries' option to $bucket must have the same type. Found conflicting types {ExpressionTypeNames.NameOf(boundaries[i - 1])} and {ExpressionTypeNames.NameOf(boundaries[i])}.");
                }

                if (BsonValueComparer.Instance.Compare(boundaries[i - 1], boundaries[i]) >= 0)
                {
                    ExpressionErrors.Throw(40194, $"The 'boundaries' option to $bucket must be sorted in ascending order, but elements {i - 1} and {i} are not in ascending order ({boundaries[i - 1]} is not less than {boundaries[i]}).");
                }
            }
        }

        if (defaultBucket is not null
            && BsonValueComparer.GetCanonicalTypeOrder(defaultBucket.BsonType) == BsonValueComparer.GetCanonicalTypeOrder(boundaries[0].BsonType)
            && BsonValueComparer.Instance.Compare(defaultBucket, boundaries[0]) >= 0
            && BsonValueComparer.Instance.Compare(defaultBucket, boundaries[^1]) < 0)
        {
            ExpressionErrors.Throw(40199, "The $bucket 'default' field must be less than the lowest boundary or greater than or equal to the highest boundary.");
        }

        output ??= [AccumulatorSpec.Parse("count", new BsonDocument("$sum", 1), scope.Expressions)];
        return new BucketStage(groupBy, boundaries.ToArray(), defaultBucket, output);
    }

    /// <summary>Parses the <c>output</c> document of <c>$bucket</c>/<c>$bucketAuto</c>.</summary>
    /// <param name="value">The output document.</param>
    /// <param name="scope">The parse scope.</param>
    /// <param name="stageName">The stage name.</param>
    /// <param name="notObjectCode">The error code when it is not a document.</param>
    /// <returns>The accumulators.</returns>
    internal static AccumulatorSpec[] ParseOutput(BsonValue value, PipelineParseScope scope, string stageName, int notObjectCode)
    {
        if (value is not BsonDocument output)
        {
            return ExpressionErrors.Throw<AccumulatorSpec[]>(notObjectCode, $"The {stageName} 'output' field must be an object, but found type: {ExpressionTypeNames.NameOf(value)}.");
        }

        var result = new List<AccumulatorSpec>();
        foreach (var element in output)
        {
            if (element.Name == "_id")
            {
                ExpressionErrors.Throw(15948, $"{stageName} 'output' field cannot contain a field named '_id'");
            }

            result.Add(AccumulatorSpec.Parse(element.Name, element.Value, scope.Expressions));
        }

        return result.ToArray();
    }

    /// <summary>Whether a value is a field path or an operator expression (what <c>groupBy</c> accepts).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is expression-like.</returns>
    internal static bool IsExpressionLike(BsonValue value) =>
        value is BsonString text && text.Value.StartsWith('$')
        || value is BsonDocument document && document.ElementCount > 0 && document.GetElement(0).Name.StartsWith('$');

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var groups = GroupStage.Group(input, runtime, BucketOf, _output);
        var outputs = groups.Select(g => GroupStage.Output(g.Key, g.State, _output)).ToList();
        outputs.Sort(static (a, b) => BsonValueComparer.Instance.Compare(a["_id"], b["_id"]));
        return outputs;
    }

    private BsonValue BucketOf(EvaluationContext context)
    {
        var value = _groupBy.Evaluate(context) ?? BsonNull.Value;
        var canonical = BsonValueComparer.GetCanonicalTypeOrder(value.BsonType);
        if (canonical == BsonValueComparer.GetCanonicalTypeOrder(_boundaries[0].BsonType)
            && BsonValueComparer.Instance.Compare(value, _boundaries[0]) >= 0
            && BsonValueComparer.Instance.Compare(value, _boundaries[^1]) < 0)
        {
            var low = 0;
            var high = _boundaries.Length - 1;
            while (high - low > 1)
            {
                var middle = (low + high) / 2;
                if (BsonValueComparer.Instance.Compare(value, _boundaries[middle]) >= 0)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            return _boundaries[low];
        }

        return _default ?? ExpressionErrors.Throw<BsonValue>(40066, "$switch could not find a matching branch for an input, and no default was specified.");
    }
}
