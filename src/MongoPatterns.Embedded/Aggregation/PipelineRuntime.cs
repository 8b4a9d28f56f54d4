using System.Runtime.CompilerServices;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>The state of one pipeline execution: its context, variable values and per-document metadata (text scores).</summary>
internal sealed class PipelineRuntime
{
    private readonly ConditionalWeakTable<BsonDocument, StrongBox<double>> _textScores;
    private BsonDocument? _variablesDocument;

    /// <summary>Creates the runtime of a top-level execution.</summary>
    /// <param name="context">The pipeline context.</param>
    /// <param name="variables">The command's evaluated <c>let</c> variables.</param>
    public PipelineRuntime(PipelineContext context, IReadOnlyDictionary<string, BsonValue> variables)
        : this(context, new Dictionary<string, BsonValue>(variables, StringComparer.Ordinal), new ConditionalWeakTable<BsonDocument, StrongBox<double>>(), isRoot: true)
    {
    }

    private PipelineRuntime(PipelineContext context, Dictionary<string, BsonValue> variables, ConditionalWeakTable<BsonDocument, StrongBox<double>> textScores, bool isRoot)
    {
        Context = context;
        Variables = variables;
        _textScores = textScores;
        IsRoot = isRoot;
    }

    /// <summary>Gets the pipeline context.</summary>
    public PipelineContext Context { get; }

    /// <summary>Gets the variable values in scope (command <c>let</c>, plus <c>$lookup</c> <c>let</c> in sub-pipelines).</summary>
    public Dictionary<string, BsonValue> Variables { get; }

    /// <summary>Gets whether the variables are the command's own (not a sub-pipeline's with extra <c>let</c> values).</summary>
    public bool IsRoot { get; }

    /// <summary>Gets whether any document has a text score.</summary>
    public bool HasTextScores { get; private set; }

    /// <summary>Gets the variables as a document (for <see cref="QueryContext.Variables"/>).</summary>
    public BsonDocument VariablesDocument
    {
        get
        {
            if (_variablesDocument is null)
            {
                var document = new BsonDocument();
                foreach (var (name, value) in Variables)
                {
                    document.Add(name, value);
                }

                _variablesDocument = document;
            }

            return _variablesDocument;
        }
    }

    /// <summary>Gets a query context carrying the variables and <c>$$NOW</c>.</summary>
    /// <returns>The query context.</returns>
    public QueryContext CreateQueryContext() => new() { Variables = VariablesDocument, Now = Context.Now, Collation = Context.Collation };

    /// <summary>Creates an evaluation context for expressions (reuse it across documents with <see cref="Bind(EvaluationContext, BsonDocument)"/>).</summary>
    /// <param name="document">The first document.</param>
    /// <returns>The context.</returns>
    public EvaluationContext CreateEvaluationContext(BsonDocument document)
    {
        var context = new EvaluationContext(document) { Variables = Variables, Now = Context.Now, Random = Context.Random };
        context.TextScore = GetTextScore(document);
        return context;
    }

    /// <summary>Points a reusable evaluation context at a document.</summary>
    /// <param name="context">The context.</param>
    /// <param name="document">The document.</param>
    public void Bind(EvaluationContext context, BsonDocument document)
    {
        context.Reset(document);
        if (HasTextScores)
        {
            context.TextScore = GetTextScore(document);
        }
    }

    /// <summary>Creates the runtime of a sub-pipeline with extra variables (<c>$lookup</c>'s <c>let</c>).</summary>
    /// <param name="extra">The extra variable values.</param>
    /// <returns>The runtime.</returns>
    public PipelineRuntime WithVariables(IReadOnlyDictionary<string, BsonValue> extra)
    {
        if (extra.Count == 0)
        {
            return this;
        }

        var variables = new Dictionary<string, BsonValue>(Variables, StringComparer.Ordinal);
        foreach (var (name, value) in extra)
        {
            variables[name] = value;
        }

        return new PipelineRuntime(Context, variables, _textScores, isRoot: false) { HasTextScores = HasTextScores };
    }

    /// <summary>Records the text score of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="score">The score.</param>
    public void SetTextScore(BsonDocument document, double score)
    {
        _textScores.AddOrUpdate(document, new StrongBox<double>(score));
        HasTextScores = true;
    }

    /// <summary>Gets the text score of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The score, or null.</returns>
    public double? GetTextScore(BsonDocument document) =>
        HasTextScores && _textScores.TryGetValue(document, out var box) ? box.Value : null;

    /// <summary>Copies metadata (text score) from an input document to the document a stage made from it.</summary>
    /// <param name="from">The input document.</param>
    /// <param name="to">The output document.</param>
    public void CarryMetadata(BsonDocument from, BsonDocument to)
    {
        if (HasTextScores && !ReferenceEquals(from, to) && _textScores.TryGetValue(from, out var box))
        {
            _textScores.AddOrUpdate(to, box);
        }
    }
}
