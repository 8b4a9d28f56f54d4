using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$replaceRoot</c>/<c>$replaceWith</c>: replaces each document with an expression's document value (streaming).</summary>
internal sealed class ReplaceRootStage : PipelineStage
{
    private readonly AggregationExpression _newRoot;

    private ReplaceRootStage(string name, AggregationExpression newRoot)
    {
        Name = name;
        _newRoot = newRoot;
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <summary>Parses <c>{$replaceRoot: {newRoot: expr}}</c> or <c>{$replaceWith: expr}</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (name == "$replaceWith")
        {
            return new ReplaceRootStage(name, AggregationExpression.Parse(specification, scope.Expressions));
        }

        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(40229, $"expected an object as specification for $replaceRoot stage, got {ExpressionTypeNames.NameOf(specification)}");
        }

        AggregationExpression? newRoot = null;
        foreach (var element in document)
        {
            if (element.Name != "newRoot")
            {
                ExpressionErrors.Throw(40415, $"BSON field '$replaceRoot.{element.Name}' is an unknown field.");
            }

            newRoot = AggregationExpression.Parse(element.Value, scope.Expressions);
        }

        return newRoot is null
            ? ExpressionErrors.Throw<PipelineStage>(40231, "no newRoot specified for the $replaceRoot stage")
            : new ReplaceRootStage(name, newRoot);
    }

    /// <summary>Computes the replacement of one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="context">An evaluation context bound to it.</param>
    /// <returns>The replacement.</returns>
    public BsonDocument Apply(BsonDocument document, EvaluationContext context)
    {
        var value = _newRoot.Evaluate(context);
        if (value is BsonDocument replacement)
        {
            // A fresh top-level document: the value may be a constant or part of the input, which callers must not see changed.
            return DocumentPaths.ShallowCopy(replacement);
        }

        var role = Name == "$replaceWith" ? "'replacement document'" : "'newRoot' expression";
        return ExpressionErrors.Throw<BsonDocument>(
            40228,
            $"{role} must evaluate to an object, but resulting value was: {ExpressionErrors.Describe(value)}. Type of resulting value: '{ExpressionTypeNames.NameOf(value)}'. Input document: {document}");
    }

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

            var result = Apply(document, context);
            runtime.CarryMetadata(document, result);
            yield return result;
        }
    }
}
