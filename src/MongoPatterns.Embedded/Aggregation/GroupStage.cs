using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$group</c>: one document per distinct <c>_id</c> value (first-seen order), with accumulated fields (blocking).</summary>
internal sealed class GroupStage : PipelineStage
{
    private readonly AggregationExpression _id;
    private readonly AccumulatorSpec[] _accumulators;

    private GroupStage(AggregationExpression id, AccumulatorSpec[] accumulators)
    {
        _id = id;
        _accumulators = accumulators;
    }

    /// <inheritdoc />
    public override string Name => "$group";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The group document.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static GroupStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<GroupStage>(15947, "a group's fields must be specified in an object");
        }

        AggregationExpression? id = null;
        var accumulators = new List<AccumulatorSpec>();
        foreach (var element in document)
        {
            if (element.Name == "_id")
            {
                id = ParseId(element.Value, scope.Expressions);
            }
            else
            {
                accumulators.Add(AccumulatorSpec.Parse(element.Name, element.Value, scope.Expressions));
            }
        }

        if (id is null)
        {
            ExpressionErrors.Throw(15955, "a group specification must include an _id");
        }

        return new GroupStage(id, accumulators.ToArray());
    }

    /// <summary>Groups documents.</summary>
    /// <param name="input">The documents.</param>
    /// <param name="runtime">The runtime.</param>
    /// <param name="key">Computes a document's group key.</param>
    /// <param name="accumulators">The accumulators.</param>
    /// <returns>The groups in first-seen order.</returns>
    internal static List<(BsonValue Key, Accumulator[] State)> Group(
        IEnumerable<BsonDocument> input,
        PipelineRuntime runtime,
        Func<EvaluationContext, BsonValue> key,
        IReadOnlyList<AccumulatorSpec> accumulators)
    {
        var groups = new Dictionary<BsonValue, Accumulator[]>(BsonValueComparer.Instance);
        var order = new List<(BsonValue Key, Accumulator[] State)>();
        var collation = runtime.Context.Collation;
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

            var groupKey = key(context);

            // With a collation, keys that compare equal (e.g. "a" and "A" at strength 2) share the group of the first one seen.
            var lookupKey = collation is null ? groupKey : collation.Key(groupKey);
            if (!groups.TryGetValue(lookupKey, out var state))
            {
                state = new Accumulator[accumulators.Count];
                for (var i = 0; i < state.Length; i++)
                {
                    state[i] = accumulators[i].Create();
                }

                groups.Add(lookupKey, state);
                order.Add((groupKey, state));
            }

            foreach (var accumulator in state)
            {
                accumulator.Accumulate(context);
            }
        }

        return order;
    }

    /// <summary>Builds the output document of a group.</summary>
    /// <param name="key">The group key.</param>
    /// <param name="state">The accumulators.</param>
    /// <param name="accumulators">Their specifications.</param>
    /// <returns>The document.</returns>
    internal static BsonDocument Output(BsonValue key, Accumulator[] state, IReadOnlyList<AccumulatorSpec> accumulators)
    {
        var result = new BsonDocument("_id", key);
        for (var i = 0; i < state.Length; i++)
        {
            result.Set(accumulators[i].Field, state[i].Finish());
        }

        return result;
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        foreach (var (key, state) in Group(input, runtime, context => _id.Evaluate(context) ?? BsonNull.Value, _accumulators))
        {
            yield return Output(key, state, _accumulators);
        }
    }

    private static AggregationExpression ParseId(BsonValue value, ExpressionParseContext context)
    {
        // An _id document whose fields are expressions is an object expression (it may not mix in operators).
        return AggregationExpression.Parse(value, context);
    }
}
