namespace MongoPatterns.Embedded.Expressions;

/// <summary>What an expression may refer to while it is parsed: the variables in scope.</summary>
internal sealed class ExpressionParseContext
{
    /// <summary>Gets the variable names in scope (ROOT, CURRENT, NOW, REMOVE and user variables from <c>let</c>).</summary>
    public ISet<string> DefinedVariables { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "ROOT", "CURRENT", "NOW", "REMOVE", "CLUSTER_TIME" };
}
