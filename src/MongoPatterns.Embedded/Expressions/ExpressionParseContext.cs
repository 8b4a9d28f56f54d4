namespace MongoPatterns.Embedded.Expressions;

/// <summary>What an expression may refer to while it is parsed: the variables in scope.</summary>
internal sealed class ExpressionParseContext
{
    /// <summary>The system variables every expression may use.</summary>
    internal static readonly string[] SystemVariables = ["ROOT", "CURRENT", "NOW", "REMOVE", "CLUSTER_TIME", "USER_ROLES"];

    /// <summary>Gets the variable names in scope (ROOT, CURRENT, NOW, REMOVE and user variables from <c>let</c>).</summary>
    public ISet<string> DefinedVariables { get; init; } = new HashSet<string>(SystemVariables, StringComparer.Ordinal);

    /// <summary>Gets a context whose variables are this one's plus <paramref name="names"/> (for <c>$let</c>, <c>$map</c>, ...).</summary>
    /// <param name="names">The variables the nested scope adds.</param>
    /// <returns>The nested context.</returns>
    public ExpressionParseContext WithVariables(params ReadOnlySpan<string> names)
    {
        var variables = new HashSet<string>(DefinedVariables, StringComparer.Ordinal);
        foreach (var name in names)
        {
            variables.Add(name);
        }

        return new ExpressionParseContext { DefinedVariables = variables };
    }

    /// <summary>Creates a context with the system variables plus <paramref name="userVariables"/>.</summary>
    /// <param name="userVariables">User variable names (e.g. a command's <c>let</c>).</param>
    /// <returns>The context.</returns>
    public static ExpressionParseContext Create(IEnumerable<string>? userVariables)
    {
        var variables = new HashSet<string>(SystemVariables, StringComparer.Ordinal);
        if (userVariables is not null)
        {
            variables.UnionWith(userVariables);
        }

        return new ExpressionParseContext { DefinedVariables = variables };
    }
}
