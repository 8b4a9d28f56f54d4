using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>What a stage parser needs: the pipeline context, the variables in scope and where the pipeline is nested.</summary>
internal sealed class PipelineParseScope
{
    /// <summary>Creates a scope.</summary>
    /// <param name="context">The pipeline context.</param>
    /// <param name="variables">Variable values known at parse time (placeholders for per-document variables).</param>
    /// <param name="nesting">Where the pipeline is.</param>
    /// <param name="depth">How deeply sub-pipelines are nested.</param>
    public PipelineParseScope(PipelineContext context, IReadOnlyDictionary<string, BsonValue> variables, PipelineNesting nesting, int depth)
    {
        Context = context;
        Variables = variables;
        Nesting = nesting;
        Depth = depth;
        Expressions = ExpressionParseContext.Create(variables.Keys);
    }

    /// <summary>Gets the pipeline context.</summary>
    public PipelineContext Context { get; }

    /// <summary>Gets the variables known at parse time.</summary>
    public IReadOnlyDictionary<string, BsonValue> Variables { get; }

    /// <summary>Gets where the pipeline is nested.</summary>
    public PipelineNesting Nesting { get; }

    /// <summary>Gets the nesting depth (0 for the top level).</summary>
    public int Depth { get; }

    /// <summary>Gets the expression parse context (system variables plus <see cref="Variables"/>).</summary>
    public ExpressionParseContext Expressions { get; }

    /// <summary>Gets a query context with the parse-time variables (for parsing filters).</summary>
    /// <returns>The query context.</returns>
    public QueryContext CreateQueryContext()
    {
        var document = new BsonDocument();
        foreach (var (name, value) in Variables)
        {
            document.Add(name, value);
        }

        return new QueryContext { Variables = document, Now = Context.Now, Collation = Context.Collation };
    }

    /// <summary>Gets a scope for a sub-pipeline.</summary>
    /// <param name="nesting">Its nesting.</param>
    /// <param name="extraVariables">Variables it adds (values are placeholders).</param>
    /// <returns>The scope.</returns>
    public PipelineParseScope Nested(PipelineNesting nesting, IEnumerable<string>? extraVariables = null)
    {
        var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        foreach (var (name, value) in Variables)
        {
            variables[name] = value;
        }

        if (extraVariables is not null)
        {
            foreach (var name in extraVariables)
            {
                variables[name] = BsonNull.Value;
            }
        }

        if (Depth >= 20)
        {
            ExpressionErrors.Throw(232, "Maximum number of nested sub-pipelines exceeded. Limit is 20");
        }

        return new PipelineParseScope(Context, variables, nesting, Depth + 1);
    }
}
