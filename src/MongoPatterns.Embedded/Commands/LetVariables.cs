using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// Evaluates a command's <c>let</c> document once, as MongoDB does: each value is an aggregation expression over an
/// empty document (<c>{ x: { $add: [1, 2] } }</c> defines <c>$$x = 3</c>). Constant values are kept as they are.
/// </summary>
internal static class LetVariables
{
    /// <summary>Evaluates the variables.</summary>
    /// <param name="let">The let document, or null.</param>
    /// <param name="now">The value of <c>$$NOW</c>.</param>
    /// <returns>The evaluated variables, or null when there are none.</returns>
    /// <exception cref="MongoServerException">A name or an expression is invalid.</exception>
    public static BsonDocument? Evaluate(BsonDocument? let, DateTime now)
    {
        if (let is null || let.ElementCount == 0)
        {
            return let;
        }

        var result = new BsonDocument();
        ExpressionParseContext? parseContext = null;
        foreach (var element in let)
        {
            ValidateName(element.Name);
            if (!NeedsEvaluation(element.Value))
            {
                result.Add(element);
                continue;
            }

            parseContext ??= new ExpressionParseContext();
            var expression = AggregationExpression.Parse(element.Value, parseContext);
            var value = expression.Evaluate(new EvaluationContext(new BsonDocument()) { Now = now });
            if (value is not null)
            {
                result.Add(element.Name, value);
            }
        }

        return result;
    }

    private static void ValidateName(string name)
    {
        if (name.Length == 0)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "empty variable names are not allowed");
        }

        var first = name[0];
        if (!(char.IsAsciiLetterLower(first) || first > 0x7F))
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, $"'{name}' starts with an invalid character for a user variable name");
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c > 0x7F))
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, $"'{name}' contains an invalid character for a variable name: '{c}'");
            }
        }
    }

    private static bool NeedsEvaluation(BsonValue value) => value switch
    {
        BsonString text => text.Value.StartsWith('$'),
        BsonDocument document => document.Any(e => e.Name.StartsWith('$') || NeedsEvaluation(e.Value)),
        BsonArray array => array.Any(NeedsEvaluation),
        _ => false,
    };
}
