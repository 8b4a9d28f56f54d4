using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Parses one operator's operand into an expression.</summary>
/// <param name="name">The operator name (e.g. <c>$add</c>).</param>
/// <param name="operand">The operand.</param>
/// <param name="context">Variables in scope.</param>
/// <returns>The expression.</returns>
internal delegate AggregationExpression OperatorParser(string name, BsonValue operand, ExpressionParseContext context);

/// <summary>The table of expression operators, filled by the operator families.</summary>
internal static class ExpressionOperators
{
    private static readonly Dictionary<string, OperatorParser> s_parsers = Build();

    /// <summary>Gets the names of every known operator.</summary>
    public static IEnumerable<string> Names => s_parsers.Keys;

    /// <summary>Finds the parser of an operator.</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="parser">The parser.</param>
    /// <returns>Whether the operator is known.</returns>
    public static bool TryGetParser(string name, [MaybeNullWhen(false)] out OperatorParser parser) => s_parsers.TryGetValue(name, out parser);

    private static Dictionary<string, OperatorParser> Build()
    {
        var table = new OperatorTable();
        ArithmeticOperators.Register(table);
        ComparisonOperators.Register(table);
        LogicalOperators.Register(table);
        StringOperators.Register(table);
        RegexOperators.Register(table);
        DateOperators.Register(table);
        ArrayOperators.Register(table);
        SetOperators.Register(table);
        ObjectOperators.Register(table);
        ConversionOperators.Register(table);
        MiscellaneousOperators.Register(table);
        return table.Parsers;
    }
}
