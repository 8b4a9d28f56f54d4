using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>
/// <c>$setWindowFields</c>: per partition (ordered by <c>sortBy</c>), computes window functions over document or range
/// windows. Supports the group accumulators, <c>$count</c>, <c>$rank</c>, <c>$denseRank</c>, <c>$documentNumber</c>,
/// <c>$shift</c> and <c>$locf</c> (blocking; output ordered by partition, then sort key).
/// </summary>
internal sealed class SetWindowFieldsStage : PipelineStage
{
    private static readonly string[] s_accumulators =
        ["$sum", "$avg", "$min", "$max", "$first", "$last", "$push", "$addToSet", "$count", "$stdDevPop", "$stdDevSamp", "$mergeObjects", "$top", "$bottom", "$topN", "$bottomN", "$firstN", "$lastN", "$maxN", "$minN", "$median", "$percentile"];

    private readonly AggregationExpression? _partitionBy;
    private readonly BsonDocument? _sortBy;
    private readonly ValueSortComparer? _sortComparer;
    private readonly WindowOutput[] _outputs;

    private SetWindowFieldsStage(AggregationExpression? partitionBy, BsonDocument? sortBy, WindowOutput[] outputs)
    {
        _partitionBy = partitionBy;
        _sortBy = sortBy;
        _sortComparer = sortBy is null ? null : ValueSortComparer.Parse(sortBy, "$setWindowFields");
        _outputs = outputs;
    }

    /// <inheritdoc />
    public override string Name => "$setWindowFields";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(ErrorCodes.FailedToParse, "the $setWindowFields stage specification must be an object");
        }

        AggregationExpression? partitionBy = null;
        BsonDocument? sortBy = null;
        BsonDocument? output = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "partitionBy":
                    partitionBy = AggregationExpression.Parse(element.Value, scope.Expressions);
                    break;
                case "sortBy":
                    sortBy = element.Value as BsonDocument ?? ExpressionErrors.Throw<BsonDocument>(ErrorCodes.TypeMismatch, "BSON field '$setWindowFields.sortBy' is the wrong type, expected type 'object'");
                    break;
                case "output":
                    output = element.Value as BsonDocument ?? ExpressionErrors.Throw<BsonDocument>(ErrorCodes.TypeMismatch, "BSON field '$setWindowFields.output' is the wrong type, expected type 'object'");
                    break;
                default:
                    ExpressionErrors.Throw(40415, $"BSON field '$setWindowFields.{element.Name}' is an unknown field.");
                    break;
            }
        }

        if (output is null)
        {
            ExpressionErrors.Throw(40414, "BSON field '$setWindowFields.output' is missing but a required field");
        }

        var outputs = new List<WindowOutput>();
        foreach (var element in output)
        {
            outputs.Add(WindowOutput.Parse(element.Name, element.Value, sortBy, scope));
        }

        return new SetWindowFieldsStage(partitionBy, sortBy, outputs.ToArray());
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var documents = input.ToList();
        if (documents.Count == 0)
        {
            yield break;
        }

        var context = runtime.CreateEvaluationContext(documents[0]);
        var keyed = new List<(BsonValue Partition, BsonDocument Document)>(documents.Count);
        foreach (var document in documents)
        {
            runtime.Bind(context, document);
            keyed.Add((_partitionBy?.Evaluate(context) ?? BsonNull.Value, document));
        }

        var partitions = keyed
            .OrderBy(static k => k.Partition, BsonValueComparer.Instance)
            .GroupBy(static k => k.Partition, BsonValueComparer.Instance)
            .Select(g => _sortComparer is null ? g.Select(static k => k.Document).ToList() : g.Select(static k => k.Document).OrderBy(static d => (BsonValue)d, _sortComparer).ToList());
        foreach (var partition in partitions)
        {
            var results = new BsonDocument[partition.Count];
            for (var i = 0; i < partition.Count; i++)
            {
                results[i] = partition[i];
            }

            foreach (var output in _outputs)
            {
                var values = output.Compute(partition, _sortBy, _sortComparer, runtime, context);
                for (var i = 0; i < partition.Count; i++)
                {
                    results[i] = values[i] is null ? DocumentPaths.WithoutValue(results[i], output.Path) : DocumentPaths.WithValue(results[i], output.Path, values[i]!);
                }
            }

            for (var i = 0; i < partition.Count; i++)
            {
                runtime.CarryMetadata(partition[i], results[i]);
                yield return results[i];
            }
        }
    }

    /// <summary>One output field: a window function and its window.</summary>
    private sealed class WindowOutput
    {
        private string _operator = string.Empty;
        private AccumulatorSpec? _accumulator;
        private AggregationExpression? _argument;
        private BsonValue? _default;
        private int _by;
        private BsonValue? _lower;
        private BsonValue? _upper;
        private bool _isRange;
        private TimeUnit? _unit;

        public string[] Path { get; private set; } = [];

        public static WindowOutput Parse(string field, BsonValue value, BsonDocument? sortBy, PipelineParseScope scope)
        {
            var result = new WindowOutput { Path = LookupStage.SplitOutputPath(field) };
            if (value is not BsonDocument document)
            {
                return ExpressionErrors.Throw<WindowOutput>(ErrorCodes.FailedToParse, $"The field '{field}' must be an object");
            }

            BsonElement? function = null;
            foreach (var element in document)
            {
                if (element.Name == "window")
                {
                    result.ParseWindow(element.Value, sortBy);
                }
                else if (function is null)
                {
                    function = element;
                }
                else
                {
                    ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"Window function found an unknown argument: {element.Name}");
                }
            }

            if (function is null)
            {
                ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"Expected a window function in output field '{field}'");
            }

            var name = function.Value.Name;
            result._operator = name;
            if (Array.IndexOf(s_accumulators, name) >= 0)
            {
                result._accumulator = AccumulatorSpec.Parse("value", new BsonDocument(name, function.Value.Value), scope.Expressions);
            }
            else
            {
                switch (name)
                {
                    case "$rank":
                    case "$denseRank":
                    case "$documentNumber":
                        if (sortBy is null || sortBy.ElementCount != 1)
                        {
                            ExpressionErrors.Throw(5371602, $"{name} must be specified with a top level sortBy expression with exactly one element");
                        }

                        break;
                    case "$shift":
                        if (function.Value.Value is not BsonDocument shift || !shift.TryGetValue("output", out var shiftOutput) || !shift.TryGetValue("by", out var by) || !Numeric.TryGetInt32(by, out var offset))
                        {
                            return ExpressionErrors.Throw<WindowOutput>(ErrorCodes.FailedToParse, "$shift requires 'output' and an integral 'by'");
                        }

                        result._argument = AggregationExpression.Parse(shiftOutput, scope.Expressions);
                        result._by = offset;
                        result._default = shift.TryGetValue("default", out var defaultValue) ? defaultValue : BsonNull.Value;
                        break;
                    case "$locf":
                        result._argument = AggregationExpression.Parse(function.Value.Value, scope.Expressions);
                        break;
                    default:
                        ExpressionErrors.Throw(ErrorCodes.NotImplemented, $"{name} is not supported in $setWindowFields by the embedded server");
                        break;
                }
            }

            return result;
        }

        public BsonValue?[] Compute(List<BsonDocument> partition, BsonDocument? sortBy, ValueSortComparer? comparer, PipelineRuntime runtime, EvaluationContext context)
        {
            var values = new BsonValue?[partition.Count];
            switch (_operator)
            {
                case "$documentNumber":
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = Numeric.IntOrLong(i + 1);
                    }

                    return values;
                case "$rank":
                case "$denseRank":
                    var rank = 0;
                    var dense = 0;
                    for (var i = 0; i < values.Length; i++)
                    {
                        if (i == 0 || comparer!.Compare(partition[i - 1], partition[i]) != 0)
                        {
                            rank = i + 1;
                            dense++;
                        }

                        values[i] = Numeric.IntOrLong(_operator == "$rank" ? rank : dense);
                    }

                    return values;
                case "$shift":
                    for (var i = 0; i < values.Length; i++)
                    {
                        var target = i + _by;
                        if (target >= 0 && target < partition.Count)
                        {
                            runtime.Bind(context, partition[target]);
                            values[i] = _argument!.Evaluate(context) ?? BsonNull.Value;
                        }
                        else
                        {
                            values[i] = _default;
                        }
                    }

                    return values;
                case "$locf":
                    BsonValue? last = null;
                    for (var i = 0; i < values.Length; i++)
                    {
                        runtime.Bind(context, partition[i]);
                        var current = _argument!.Evaluate(context);
                        if (!ExpressionValues.IsNullish(current))
                        {
                            last = current;
                        }

                        values[i] = last ?? current ?? BsonNull.Value;
                    }

                    return values;
            }

            for (var i = 0; i < values.Length; i++)
            {
                var (from, to) = Frame(partition, i, sortBy);
                var accumulator = _accumulator!.Create();
                for (var j = from; j <= to; j++)
                {
                    runtime.Bind(context, partition[j]);
                    accumulator.Accumulate(context);
                }

                values[i] = accumulator.Finish();
            }

            return values;
        }

        private void ParseWindow(BsonValue value, BsonDocument? sortBy)
        {
            if (value is not BsonDocument window)
            {
                ExpressionErrors.Throw(ErrorCodes.FailedToParse, "'window' field must be an object");
                return;
            }

            foreach (var element in window)
            {
                switch (element.Name)
                {
                    case "documents":
                    case "range":
                        if (element.Value is not BsonArray { Count: 2 } bounds)
                        {
                            ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"Window bounds must be a 2-element array: {element.Name}: {element.Value}");
                            return;
                        }

                        _isRange = element.Name == "range";
                        _lower = bounds[0];
                        _upper = bounds[1];
                        if (sortBy is null && !(IsUnbounded(_lower) && IsUnbounded(_upper)))
                        {
                            ExpressionErrors.Throw(5339901, "Document-based bounds require a sortBy");
                        }

                        break;
                    case "unit":
                        _unit = element.Value is BsonString unit ? DateArithmetic.ParseUnit(unit.Value) : ExpressionErrors.Throw<TimeUnit>(ErrorCodes.FailedToParse, "'unit' must be a string");
                        break;
                    default:
                        ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"'window' field that is not documents, range, or unit found: {element.Name}");
                        break;
                }
            }
        }

        private static bool IsUnbounded(BsonValue? bound) => bound is BsonString { Value: "unbounded" };

        private (int From, int To) Frame(List<BsonDocument> partition, int index, BsonDocument? sortBy)
        {
            if (_lower is null || _upper is null)
            {
                return (0, partition.Count - 1);
            }

            if (!_isRange)
            {
                var from = Position(_lower, index, partition.Count, 0);
                var to = Position(_upper, index, partition.Count, partition.Count - 1);
                return (Math.Max(0, from), Math.Min(partition.Count - 1, to));
            }

            var sortField = sortBy!.GetElement(0).Name.Split('.');
            var direction = sortBy.GetElement(0).Value.ToInt32();
            var current = ValueSortComparer.KeyOf(partition[index], sortField, direction);
            var first = partition.Count;
            var last = -1;
            for (var j = 0; j < partition.Count; j++)
            {
                var key = ValueSortComparer.KeyOf(partition[j], sortField, direction);
                if (InRange(key, current, _lower, isLower: true) && InRange(key, current, _upper, isLower: false))
                {
                    first = Math.Min(first, j);
                    last = Math.Max(last, j);
                }
            }

            return last < 0 ? (0, -1) : (first, last);
        }

        private static int Position(BsonValue bound, int index, int count, int unbounded) => bound switch
        {
            BsonString { Value: "unbounded" } => unbounded,
            BsonString { Value: "current" } => index,
            _ when Numeric.TryGetInt32(bound, out var offset) => index + offset,
            _ => ExpressionErrors.Throw<int>(ErrorCodes.FailedToParse, $"Numeric document-based bounds must be an integer: {bound}"),
        };

        private bool InRange(BsonValue key, BsonValue current, BsonValue bound, bool isLower)
        {
            if (bound is BsonString { Value: "unbounded" })
            {
                return true;
            }

            BsonValue limit;
            if (bound is BsonString { Value: "current" })
            {
                limit = current;
            }
            else if (_unit is TimeUnit unit && current is BsonDateTime date && Numeric.TryGetInt64(bound, out var amount))
            {
                limit = new BsonDateTime(DateArithmetic.Add(date.MillisecondsSinceEpoch, unit, amount, TimeZoneSpec.Utc, "$setWindowFields"));
            }
            else if (current.IsNumeric && bound.IsNumeric)
            {
                limit = Numeric.Add(current, bound);
            }
            else
            {
                return false;
            }

            var comparison = BsonValueComparer.Instance.Compare(key, limit);
            return isLower ? comparison >= 0 : comparison <= 0;
        }
    }
}
