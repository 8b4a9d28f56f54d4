using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$redact</c>: keeps, prunes or descends into each (sub)document by an expression returning <c>$$KEEP</c>/<c>$$PRUNE</c>/<c>$$DESCEND</c>.</summary>
internal sealed class RedactStage : PipelineStage
{
    private readonly AggregationExpression _expression;

    private RedactStage(AggregationExpression expression) => _expression = expression;

    /// <inheritdoc />
    public override string Name => "$redact";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The expression.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope) =>
        new RedactStage(AggregationExpression.Parse(specification, scope.Expressions));

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
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

            var result = Redact(document, context);
            if (result is not null)
            {
                runtime.CarryMetadata(document, result);
                yield return result;
            }
        }
    }

    private BsonDocument? Redact(BsonDocument document, EvaluationContext context)
    {
        context.Current = document;
        var decision = _expression.Evaluate(context);
        if (ReferenceEquals(decision, FieldPathExpression.KeepMarker))
        {
            return document;
        }

        if (ReferenceEquals(decision, FieldPathExpression.PruneMarker))
        {
            return null;
        }

        if (!ReferenceEquals(decision, FieldPathExpression.DescendMarker))
        {
            return ExpressionErrors.Throw<BsonDocument>(17053, $"$redact's expression should not return anything aside from the variables $$KEEP, $$DESCEND, and $$PRUNE, but returned {ExpressionErrors.Describe(decision)}");
        }

        var result = new BsonDocument();
        foreach (var element in document)
        {
            switch (element.Value)
            {
                case BsonDocument nested:
                    var redacted = Redact(nested, context);
                    if (redacted is not null)
                    {
                        result.Add(element.Name, redacted);
                    }

                    break;
                case BsonArray array:
                    result.Add(element.Name, RedactArray(array, context));
                    break;
                default:
                    result.Add(element.Name, element.Value);
                    break;
            }
        }

        return result;
    }

    private BsonArray RedactArray(BsonArray array, EvaluationContext context)
    {
        var result = new BsonArray(array.Count);
        foreach (var item in array)
        {
            switch (item)
            {
                case BsonDocument nested:
                    var redacted = Redact(nested, context);
                    if (redacted is not null)
                    {
                        result.Add(redacted);
                    }

                    break;
                case BsonArray inner:
                    result.Add(RedactArray(inner, context));
                    break;
                default:
                    result.Add(item);
                    break;
            }
        }

        return result;
    }
}
