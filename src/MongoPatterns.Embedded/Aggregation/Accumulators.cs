using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$sum</c> (and <c>$count</c>): numbers only, typed by the widest operand; 0 when none.</summary>
internal sealed class SumAccumulator(AggregationExpression argument) : Accumulator
{
    private NumericSum _sum;

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        var value = argument.Evaluate(context);
        if (value is not null && value.IsNumeric)
        {
            _sum.Add(value);
        }
    }

    /// <inheritdoc />
    public override BsonValue Finish() => _sum.Result();
}

/// <summary><c>$avg</c>: the mean of the numbers; null when none.</summary>
internal sealed class AverageAccumulator(AggregationExpression argument) : Accumulator
{
    private NumericSum _sum;

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        var value = argument.Evaluate(context);
        if (value is not null && value.IsNumeric)
        {
            _sum.Add(value);
        }
    }

    /// <inheritdoc />
    public override BsonValue Finish() => _sum.Average();
}

/// <summary><c>$min</c>/<c>$max</c>: nullish values are ignored; null when none.</summary>
internal sealed class ExtremeAccumulator(AggregationExpression argument, bool max) : Accumulator
{
    private BsonValue? _best;

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        var value = argument.Evaluate(context);
        if (ExpressionValues.IsNullish(value))
        {
            return;
        }

        if (_best is null)
        {
            _best = value;
            return;
        }

        var comparison = ExpressionValues.Compare(value, _best);
        if (max ? comparison > 0 : comparison < 0)
        {
            _best = value;
        }
    }

    /// <inheritdoc />
    public override BsonValue Finish() => _best ?? BsonNull.Value;
}

/// <summary><c>$first</c>/<c>$last</c>: the value of the first/last document (missing becomes null).</summary>
internal sealed class FirstLastAccumulator(AggregationExpression argument, bool last) : Accumulator
{
    private bool _seen;
    private BsonValue? _value;

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        if (_seen && !last)
        {
            return;
        }

        _value = argument.Evaluate(context);
        _seen = true;
    }

    /// <inheritdoc />
    public override BsonValue Finish() => _value ?? BsonNull.Value;
}

/// <summary><c>$push</c>/<c>$addToSet</c>: every (distinct) value; missing values are skipped.</summary>
internal sealed class PushAccumulator(AggregationExpression argument, bool distinct) : Accumulator
{
    private readonly BsonArray _values = [];
    private readonly HashSet<BsonValue>? _seen = distinct ? new HashSet<BsonValue>(BsonValueComparer.Instance) : null;

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        var value = argument.Evaluate(context);
        if (value is null || (_seen is not null && !_seen.Add(value)))
        {
            return;
        }

        _values.Add(value);
    }

    /// <inheritdoc />
    public override BsonValue Finish() => _values;
}

/// <summary><c>$mergeObjects</c>: documents merged in order; nullish values are skipped.</summary>
internal sealed class MergeObjectsAccumulator(AggregationExpression argument) : Accumulator
{
    private readonly BsonDocument _result = [];

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        var value = argument.Evaluate(context);
        if (ExpressionValues.IsNullish(value))
        {
            return;
        }

        if (value is not BsonDocument document)
        {
            ExpressionErrors.Throw(40400, $"$mergeObjects requires object inputs, but input {value} is of type {ExpressionTypeNames.NameOf(value)}");
            return;
        }

        foreach (var element in document)
        {
            _result.Set(element.Name, element.Value);
        }
    }

    /// <inheritdoc />
    public override BsonValue Finish() => _result;
}

/// <summary><c>$stdDevPop</c>/<c>$stdDevSamp</c>, and <c>$median</c>/<c>$percentile</c>: collect the values, compute at the end.</summary>
internal sealed class CollectingAccumulator(AggregationExpression argument, Func<List<BsonValue?>, BsonValue> finish) : Accumulator
{
    private readonly List<BsonValue?> _values = [];

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        var value = argument.Evaluate(context);
        if (value is not null && value.IsNumeric)
        {
            _values.Add(value);
        }
    }

    /// <inheritdoc />
    public override BsonValue Finish() => finish(_values);
}

/// <summary><c>$firstN</c>/<c>$lastN</c>/<c>$maxN</c>/<c>$minN</c>.</summary>
internal sealed class NAccumulator(string name, AggregationExpression input, AggregationExpression n) : Accumulator
{
    private readonly List<BsonValue> _values = [];
    private long _n = -1;

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        if (_n < 0)
        {
            _n = ArrayOperators.ReadN(name, n.Evaluate(context));
        }

        var value = input.Evaluate(context);
        switch (name)
        {
            case "$firstN":
                if (_values.Count < _n)
                {
                    _values.Add(value ?? BsonNull.Value);
                }

                break;
            case "$lastN":
                _values.Add(value ?? BsonNull.Value);
                if (_values.Count > _n)
                {
                    _values.RemoveAt(0);
                }

                break;
            default:
                if (!ExpressionValues.IsNullish(value))
                {
                    _values.Add(value!);
                }

                break;
        }
    }

    /// <inheritdoc />
    public override BsonValue Finish()
    {
        var comparer = Comparer<BsonValue>.Create(static (a, b) => ExpressionValues.Compare(a, b));
        return name switch
        {
            "$maxN" => new BsonArray(_values.OrderByDescending(static v => v, comparer).Take((int)Math.Min(_n, int.MaxValue))),
            "$minN" => new BsonArray(_values.OrderBy(static v => v, comparer).Take((int)Math.Min(_n, int.MaxValue))),
            _ => new BsonArray(_values),
        };
    }
}

/// <summary><c>$top</c>/<c>$bottom</c>/<c>$topN</c>/<c>$bottomN</c>: the output of the first/last documents in a sort order.</summary>
internal sealed class TopBottomAccumulator(string name, ValueSortComparer sortBy, AggregationExpression output, AggregationExpression? n) : Accumulator
{
    private readonly List<(BsonDocument Document, BsonValue Output)> _entries = [];
    private long _n = -1;

    /// <inheritdoc />
    public override void Accumulate(EvaluationContext context)
    {
        if (_n < 0)
        {
            _n = n is null ? 1 : ArrayOperators.ReadN(name, n.Evaluate(context));
        }

        _entries.Add((context.Root, output.Evaluate(context) ?? BsonNull.Value));
    }

    /// <inheritdoc />
    public override BsonValue Finish()
    {
        var bottom = name is "$bottom" or "$bottomN";
        var ordered = _entries.OrderBy(static e => e.Document, sortBy).ToList();
        if (bottom)
        {
            ordered = ordered.Skip(Math.Max(0, ordered.Count - (int)Math.Min(_n, int.MaxValue))).ToList();
        }
        else
        {
            ordered = ordered.Take((int)Math.Min(_n, int.MaxValue)).ToList();
        }

        if (name is "$top" or "$bottom")
        {
            return ordered.Count == 0 ? BsonNull.Value : ordered[bottom ? ^1 : 0].Output;
        }

        return new BsonArray(ordered.Select(static e => e.Output));
    }
}
