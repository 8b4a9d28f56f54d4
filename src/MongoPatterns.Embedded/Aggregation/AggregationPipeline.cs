using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>A parsed aggregation pipeline.</summary>
/// <remarks>
/// <see cref="Parse(BsonArray, PipelineContext)"/> validates and compiles every stage (and every expression) once;
/// <see cref="Execute(IEnumerable{BsonDocument}, PipelineContext)"/> streams where MongoDB streams (<c>$match</c>,
/// <c>$project</c>, <c>$unwind</c>, <c>$limit</c>, ...) and buffers where it must (<c>$sort</c>, <c>$group</c>, ...).
/// Output documents are new documents whenever a stage changes them; input documents are never modified. Values inside
/// output documents may be shared with the input and between outputs: treat them as immutable.
/// </remarks>
internal sealed class AggregationPipeline
{
    /// <summary>The stages a pipeline-style update may contain.</summary>
    internal static readonly string[] UpdateStages = ["$addFields", "$set", "$project", "$unset", "$replaceRoot", "$replaceWith"];

    private readonly PipelineStage[] _stages;
    private readonly IReadOnlyDictionary<string, BsonValue> _variables;

    private AggregationPipeline(PipelineStage[] stages, IReadOnlyDictionary<string, BsonValue> variables)
    {
        _stages = stages;
        _variables = variables;
        WritesOutput = stages.Length > 0 && stages[^1] is OutStage or MergeStage;
        LeadingFilter = stages.Length > 0 && stages[0] is MatchStage match ? match.Filter : null;
        IsCollectionless = stages.Length > 0 && stages[0] is DocumentsStage;
    }

    /// <summary>Gets a value indicating whether the pipeline ends with <c>$out</c> or <c>$merge</c>.</summary>
    public bool WritesOutput { get; }

    /// <summary>Gets the filter of a leading <c>$match</c> (for index selection; the pipeline still applies it).</summary>
    public QueryFilter? LeadingFilter { get; }

    /// <summary>Gets whether the pipeline produces its own documents (<c>$documents</c> first), ignoring its input.</summary>
    public bool IsCollectionless { get; }

    /// <summary>Gets the stage names, in order.</summary>
    public IReadOnlyList<string> StageNames => _stages.Select(static s => s.Name).ToArray();

    /// <summary>Parses a pipeline.</summary>
    /// <param name="stages">The stages.</param>
    /// <param name="context">The pipeline's context.</param>
    /// <returns>The parsed pipeline.</returns>
    /// <exception cref="MongoServerException">The pipeline is invalid (40323, 40324, 40601, ... or a stage's own error).</exception>
    public static AggregationPipeline Parse(BsonArray stages, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(context);
        var variables = EvaluateLet(context.Let, context.Now);
        var scope = new PipelineParseScope(context, variables, PipelineNesting.TopLevel, 0);
        return new AggregationPipeline(StageParsers.ParseStages(stages, scope), variables);
    }

    /// <summary>
    /// Parses a pipeline-style update: only <c>$addFields</c>, <c>$set</c>, <c>$project</c>, <c>$unset</c>,
    /// <c>$replaceRoot</c> and <c>$replaceWith</c> are allowed (others: InvalidOptions 72
    /// "<c>$match is not allowed to be used within an update</c>").
    /// </summary>
    /// <param name="stages">The stages.</param>
    /// <param name="context">The update's <c>let</c> values and <c>$$NOW</c>.</param>
    /// <returns>The parsed pipeline; run it with <see cref="ApplyToDocument(BsonDocument, QueryContext?)"/>.</returns>
    public static AggregationPipeline ParseForUpdate(BsonArray stages, QueryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        if (context?.Variables is { } let)
        {
            foreach (var element in let)
            {
                variables[element.Name] = element.Value;
            }
        }

        var pipelineContext = new PipelineContext(string.Empty, NullAggregationHost.Instance) { Now = context?.Now ?? DateTime.UtcNow };
        var scope = new PipelineParseScope(pipelineContext, variables, PipelineNesting.Update, 0);
        return new AggregationPipeline(StageParsers.ParseStages(stages, scope), variables);
    }

    /// <summary>Runs the pipeline over its input.</summary>
    /// <param name="input">The input documents (never modified).</param>
    /// <param name="context">The pipeline's context.</param>
    /// <returns>The output documents (nothing for <c>$out</c>/<c>$merge</c>, which write when the result is enumerated).</returns>
    public IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return Run(input, new PipelineRuntime(context, _variables));
    }

    /// <summary>Runs an update pipeline over one document.</summary>
    /// <param name="document">The stored document (not modified).</param>
    /// <param name="context">The update's <c>let</c> values and <c>$$NOW</c> (defaults to those given when parsing).</param>
    /// <returns>The new document.</returns>
    public BsonDocument ApplyToDocument(BsonDocument document, QueryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var variables = new Dictionary<string, BsonValue>(_variables, StringComparer.Ordinal);
        if (context?.Variables is { } let)
        {
            foreach (var element in let)
            {
                variables[element.Name] = element.Value;
            }
        }

        var pipelineContext = new PipelineContext(string.Empty, NullAggregationHost.Instance) { Now = context?.Now ?? DateTime.UtcNow };
        var output = Run([document], new PipelineRuntime(pipelineContext, variables)).ToList();
        return output.Count == 1 ? DocumentPaths.ShallowCopy(output[0]) : throw new MongoServerException(ErrorCodes.InternalError, "an update pipeline must produce exactly one document");
    }

    /// <summary>Runs the stages with an existing runtime (sub-pipelines).</summary>
    /// <param name="input">The input.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The output.</returns>
    internal IEnumerable<BsonDocument> Run(IEnumerable<BsonDocument> input, PipelineRuntime runtime) => RunStages(_stages, input, runtime);

    /// <summary>Chains stages.</summary>
    /// <param name="stages">The stages.</param>
    /// <param name="input">The input.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The output.</returns>
    internal static IEnumerable<BsonDocument> RunStages(IReadOnlyList<PipelineStage> stages, IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var current = input;
        foreach (var stage in stages)
        {
            current = stage.Execute(current, runtime);
        }

        return current;
    }

    /// <summary>
    /// Evaluates a command's <c>let</c> document into variable values, e.g. for <see cref="QueryContext.Variables"/> of
    /// find/update/delete commands (whose <c>$expr</c> and pipeline updates then see the values).
    /// </summary>
    /// <param name="let">The command's <c>let</c> document (values are expressions; they may use <c>$$NOW</c> but no fields).</param>
    /// <param name="now">The value of <c>$$NOW</c>.</param>
    /// <returns>The variables and their values.</returns>
    /// <exception cref="MongoServerException">A name or expression is invalid.</exception>
    public static BsonDocument EvaluateLetVariables(BsonDocument? let, DateTime now)
    {
        var result = new BsonDocument();
        foreach (var (name, value) in EvaluateLet(let, now))
        {
            result.Add(name, value);
        }

        return result;
    }

    /// <summary>Evaluates a command's <c>let</c> document (each value is an expression over an empty document).</summary>
    /// <param name="let">The let document.</param>
    /// <param name="now">The value of <c>$$NOW</c>.</param>
    /// <returns>The variable values.</returns>
    internal static Dictionary<string, BsonValue> EvaluateLet(BsonDocument? let, DateTime now)
    {
        var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        if (let is null)
        {
            return variables;
        }

        var parseContext = ExpressionParseContext.Create(null);
        var evaluation = new EvaluationContext(new BsonDocument()) { Now = now };
        foreach (var element in let)
        {
            FieldPathExpression.ValidateVariableNameForWrite(element.Name);
            var value = AggregationExpression.Parse(element.Value, parseContext).Evaluate(evaluation);
            variables[element.Name] = value ?? BsonNull.Value;
        }

        return variables;
    }
}
