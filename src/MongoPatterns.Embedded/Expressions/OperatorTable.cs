using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Collects operator parsers, with shortcuts for the common argument shapes.</summary>
internal sealed class OperatorTable
{
    /// <summary>Gets the parsers by operator name.</summary>
    public Dictionary<string, OperatorParser> Parsers { get; } = new(StringComparer.Ordinal);

    /// <summary>Registers a custom parser.</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="parser">The parser.</param>
    public void Add(string name, OperatorParser parser) => Parsers.Add(name, parser);

    /// <summary>Registers an operator taking exactly <paramref name="arity"/> arguments.</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="arity">The number of arguments.</param>
    /// <param name="function">The computation.</param>
    /// <param name="pure">Whether the result depends only on the arguments (constant folding).</param>
    public void Fixed(string name, int arity, OperatorFunction function, bool pure = true) =>
        Parsers.Add(name, (n, operand, context) => FunctionExpression.Create(n, ExpressionArguments.ParseExactly(n, operand, arity, context), function, pure));

    /// <summary>Registers an operator taking <paramref name="min"/> to <paramref name="max"/> arguments.</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="min">The minimum number of arguments.</param>
    /// <param name="max">The maximum number of arguments.</param>
    /// <param name="function">The computation.</param>
    public void Ranged(string name, int min, int max, OperatorFunction function) =>
        Parsers.Add(name, (n, operand, context) => FunctionExpression.Create(n, ExpressionArguments.ParseRange(n, operand, min, max, context), function));

    /// <summary>Registers an operator taking any number of arguments.</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="function">The computation.</param>
    public void Variadic(string name, OperatorFunction function) =>
        Parsers.Add(name, (n, operand, context) => FunctionExpression.Create(n, ExpressionArguments.ParseList(operand, context), function));
}
