using System.Globalization;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Parsing helpers for operator operands: argument lists, arity checks and named-argument documents.</summary>
internal static class ExpressionArguments
{
    /// <summary>Parses an operand as an argument list: an array gives one argument per element, anything else one argument.</summary>
    /// <param name="operand">The operand.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The arguments.</returns>
    public static AggregationExpression[] ParseList(BsonValue operand, ExpressionParseContext context)
    {
        if (operand is BsonArray array)
        {
            var result = new AggregationExpression[array.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = AggregationExpression.Parse(array[i], context);
            }

            return result;
        }

        return [AggregationExpression.Parse(operand, context)];
    }

    /// <summary>Parses an argument list of exactly <paramref name="count"/> arguments (error 16020 otherwise).</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="operand">The operand.</param>
    /// <param name="count">The required number of arguments.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The arguments.</returns>
    public static AggregationExpression[] ParseExactly(string name, BsonValue operand, int count, ExpressionParseContext context)
    {
        var arguments = ParseList(operand, context);
        if (arguments.Length != count)
        {
            ExpressionErrors.ThrowArity(name, count, arguments.Length);
        }

        return arguments;
    }

    /// <summary>Parses an argument list of <paramref name="min"/> to <paramref name="max"/> arguments (error 28667 otherwise).</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="operand">The operand.</param>
    /// <param name="min">The minimum.</param>
    /// <param name="max">The maximum.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The arguments.</returns>
    public static AggregationExpression[] ParseRange(string name, BsonValue operand, int min, int max, ExpressionParseContext context)
    {
        var arguments = ParseList(operand, context);
        if (arguments.Length < min || arguments.Length > max)
        {
            ExpressionErrors.ThrowRangedArity(name, min, max, arguments.Length);
        }

        return arguments;
    }

    /// <summary>
    /// Reads a named-argument operand (<c>{input: ..., as: ...}</c>): it must be a document (else <paramref name="notObjectCode"/>)
    /// whose names are all in <paramref name="allowed"/> (else <paramref name="unknownCode"/>).
    /// </summary>
    /// <param name="name">The operator name.</param>
    /// <param name="operand">The operand.</param>
    /// <param name="allowed">The accepted argument names.</param>
    /// <param name="notObjectCode">The error code when the operand is not a document.</param>
    /// <param name="unknownCode">The error code for an unknown argument.</param>
    /// <returns>The arguments by name.</returns>
    public static Dictionary<string, BsonValue> ReadNamed(string name, BsonValue operand, string[] allowed, int notObjectCode, int unknownCode)
    {
        if (operand is not BsonDocument document)
        {
            return ExpressionErrors.Throw<Dictionary<string, BsonValue>>(
                notObjectCode,
                $"{name} only supports an object as its argument");
        }

        var result = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        foreach (var element in document)
        {
            if (Array.IndexOf(allowed, element.Name) < 0)
            {
                ExpressionErrors.Throw(unknownCode, $"Unrecognized parameter to {name}: {element.Name}");
            }

            result[element.Name] = element.Value;
        }

        return result;
    }

    /// <summary>Parses an optional named argument.</summary>
    /// <param name="arguments">The named arguments.</param>
    /// <param name="key">The argument name.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The expression, or <see langword="null"/> when absent.</returns>
    public static AggregationExpression? Optional(Dictionary<string, BsonValue> arguments, string key, ExpressionParseContext context) =>
        arguments.TryGetValue(key, out var value) ? AggregationExpression.Parse(value, context) : null;

    /// <summary>Parses a required named argument.</summary>
    /// <param name="arguments">The named arguments.</param>
    /// <param name="key">The argument name.</param>
    /// <param name="context">Variables in scope.</param>
    /// <param name="missingCode">The error code when it is absent.</param>
    /// <param name="missingMessage">The error message when it is absent.</param>
    /// <returns>The expression.</returns>
    public static AggregationExpression Required(Dictionary<string, BsonValue> arguments, string key, ExpressionParseContext context, int missingCode, string missingMessage)
    {
        if (!arguments.TryGetValue(key, out var value))
        {
            ExpressionErrors.Throw(missingCode, missingMessage);
        }

        return AggregationExpression.Parse(value, context);
    }

    /// <summary>Formats a number for messages.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
