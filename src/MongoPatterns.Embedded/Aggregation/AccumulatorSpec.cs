using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>A parsed accumulator field of <c>$group</c>/<c>$bucket</c>/<c>$bucketAuto</c> (<c>total: {$sum: "$qty"}</c>).</summary>
internal sealed class AccumulatorSpec
{
    private static readonly string[] s_nArguments = ["input", "n"];
    private static readonly string[] s_topArguments = ["sortBy", "output"];
    private static readonly string[] s_topNArguments = ["n", "sortBy", "output"];
    private static readonly string[] s_percentileArguments = ["input", "p", "method"];
    private static readonly string[] s_medianArguments = ["input", "method"];

    private readonly Func<Accumulator> _factory;

    private AccumulatorSpec(string field, string operatorName, Func<Accumulator> factory)
    {
        Field = field;
        Operator = operatorName;
        _factory = factory;
    }

    /// <summary>Gets the output field name.</summary>
    public string Field { get; }

    /// <summary>Gets the accumulator operator (e.g. <c>$sum</c>).</summary>
    public string Operator { get; }

    /// <summary>Creates the state for a new group.</summary>
    /// <returns>The accumulator.</returns>
    public Accumulator Create() => _factory();

    /// <summary>Validates an output field name of <c>$group</c>-like stages.</summary>
    /// <param name="field">The name.</param>
    public static void ValidateFieldName(string field)
    {
        if (field.Contains('.', StringComparison.Ordinal))
        {
            ExpressionErrors.Throw(40235, $"The field name '{field}' cannot contain '.'");
        }

        if (field.StartsWith('$'))
        {
            ExpressionErrors.Throw(40236, $"The field name '{field}' cannot be an operator name");
        }
    }

    /// <summary>Parses <c>field: {$op: argument}</c>.</summary>
    /// <param name="field">The output field.</param>
    /// <param name="specification">The accumulator document.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The accumulator specification.</returns>
    public static AccumulatorSpec Parse(string field, BsonValue specification, ExpressionParseContext context)
    {
        ValidateFieldName(field);
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<AccumulatorSpec>(40234, $"The field '{field}' must be an accumulator object");
        }

        if (document.ElementCount != 1)
        {
            ExpressionErrors.Throw(40238, $"The field '{field}' must specify one accumulator");
        }

        var element = document.GetElement(0);
        var name = element.Name;
        var argument = element.Value;
        switch (name)
        {
            case "$sum":
            case "$avg":
            case "$min":
            case "$max":
            case "$first":
            case "$last":
            case "$push":
            case "$addToSet":
            case "$mergeObjects":
            case "$stdDevPop":
            case "$stdDevSamp":
                if (argument is BsonArray)
                {
                    ExpressionErrors.Throw(40237, $"The {name} accumulator is a unary operator");
                }

                var expression = AggregationExpression.Parse(argument, context);
                return new AccumulatorSpec(field, name, name switch
                {
                    "$sum" => () => new SumAccumulator(expression),
                    "$avg" => () => new AverageAccumulator(expression),
                    "$min" => () => new ExtremeAccumulator(expression, max: false),
                    "$max" => () => new ExtremeAccumulator(expression, max: true),
                    "$first" => () => new FirstLastAccumulator(expression, last: false),
                    "$last" => () => new FirstLastAccumulator(expression, last: true),
                    "$push" => () => new PushAccumulator(expression, distinct: false),
                    "$addToSet" => () => new PushAccumulator(expression, distinct: true),
                    "$mergeObjects" => () => new MergeObjectsAccumulator(expression),
                    "$stdDevPop" => () => new CollectingAccumulator(expression, static values => ArrayOperators.StandardDeviation(values, sample: false)),
                    _ => () => new CollectingAccumulator(expression, static values => ArrayOperators.StandardDeviation(values, sample: true)),
                });
            case "$count":
                if (argument is not BsonDocument { ElementCount: 0 })
                {
                    ExpressionErrors.Throw(ErrorCodes.FailedToParse, "$count takes no arguments, i.e. $count:{}");
                }

                var one = new ConstantExpression(BsonInt32.Create(1));
                return new AccumulatorSpec(field, name, () => new SumAccumulator(one));
            case "$firstN":
            case "$lastN":
            case "$maxN":
            case "$minN":
                var nArguments = ReadNamed(name, argument, s_nArguments, 5787901);
                var input = ExpressionArguments.Required(nArguments, "input", context, 5787907, $"Missing value for 'input' in {name}");
                var n = ExpressionArguments.Required(nArguments, "n", context, 5787906, $"Missing value for 'n' in {name}");
                return new AccumulatorSpec(field, name, () => new NAccumulator(name, input, n));
            case "$top":
            case "$bottom":
            case "$topN":
            case "$bottomN":
                var single = name is "$top" or "$bottom";
                var topArguments = ReadNamed(name, argument, single ? s_topArguments : s_topNArguments, 5788002);
                if (!topArguments.TryGetValue("sortBy", out var sortByValue))
                {
                    ExpressionErrors.Throw(5788003, $"Missing value for 'sortBy' in {name}");
                }

                if (sortByValue is not BsonDocument)
                {
                    ExpressionErrors.Throw(5788004, $"{name}'s 'sortBy' must be an object, found: {ExpressionTypeNames.NameOf(sortByValue)}");
                }

                var sortBy = ValueSortComparer.Parse(sortByValue, name);
                var output = ExpressionArguments.Required(topArguments, "output", context, 5788001, $"Missing value for 'output' in {name}");
                var count = single ? null : ExpressionArguments.Required(topArguments, "n", context, 5788003, $"Missing value for 'n' in {name}");
                return new AccumulatorSpec(field, name, () => new TopBottomAccumulator(name, sortBy, output, count));
            case "$median":
            case "$percentile":
                var median = name == "$median";
                var percentileArguments = ReadNamed(name, argument, median ? s_medianArguments : s_percentileArguments, 40415);
                var values = ExpressionArguments.Required(percentileArguments, "input", context, 40414, $"BSON field '{name}.input' is missing but a required field");
                if (!percentileArguments.TryGetValue("method", out var method))
                {
                    ExpressionErrors.Throw(40414, $"BSON field '{name}.method' is missing but a required field");
                }

                MiscellaneousOperators.ValidateMethod(method);
                var percentiles = median ? [0.5] : MiscellaneousOperators.ReadPercentiles(percentileArguments.TryGetValue("p", out var p) ? p : null);
                return new AccumulatorSpec(field, name, () => new CollectingAccumulator(values, collected =>
                {
                    var result = MiscellaneousOperators.Percentiles(collected, percentiles);
                    return median ? result[0] : new BsonArray(result);
                }));
            case "$accumulator":
                return ExpressionErrors.Throw<AccumulatorSpec>(31264, "$accumulator is not supported: the embedded server does not run JavaScript");
            default:
                return ExpressionErrors.Throw<AccumulatorSpec>(15952, $"unknown group operator '{name}'");
        }
    }

    private static Dictionary<string, BsonValue> ReadNamed(string name, BsonValue argument, string[] allowed, int unknownCode)
    {
        if (argument is not BsonDocument document)
        {
            return ExpressionErrors.Throw<Dictionary<string, BsonValue>>(5787801, $"specification must be an object; found {ExpressionTypeNames.NameOf(argument)}");
        }

        var result = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        foreach (var element in document)
        {
            if (Array.IndexOf(allowed, element.Name) < 0)
            {
                ExpressionErrors.Throw(unknownCode, $"Unknown argument for '{name}' operator: {element.Name}");
            }

            result[element.Name] = element.Value;
        }

        return result;
    }
}
