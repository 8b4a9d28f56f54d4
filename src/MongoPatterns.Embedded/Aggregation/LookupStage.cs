using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>
/// <c>$lookup</c>: equality join (<c>localField</c>/<c>foreignField</c>), pipeline join (<c>let</c> + <c>pipeline</c>), or both
/// (the concise form of MongoDB 5.0); the matches go into the <c>as</c> array (streaming over the local input).
/// </summary>
internal sealed class LookupStage : PipelineStage
{
    private readonly string? _from;
    private readonly string _database;
    private readonly string[] _as;
    private readonly string[]? _localField;
    private readonly string[]? _foreignField;
    private readonly (string Name, AggregationExpression Value)[] _let;
    private readonly PipelineStage[]? _stages;

    private LookupStage(string? from, string database, string[] asPath, string[]? localField, string[]? foreignField, (string, AggregationExpression)[] let, PipelineStage[]? stages)
    {
        _from = from;
        _database = database;
        _as = asPath;
        _localField = localField;
        _foreignField = foreignField;
        _let = let;
        _stages = stages;
    }

    /// <inheritdoc />
    public override string Name => "$lookup";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(ErrorCodes.FailedToParse, "the $lookup specification must be an Object");
        }

        string? from = null;
        var database = scope.Context.Database;
        string? asField = null;
        string? localField = null;
        string? foreignField = null;
        BsonDocument? let = null;
        BsonArray? pipeline = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "from":
                    if (element.Value is BsonString fromText)
                    {
                        from = fromText.Value;
                    }
                    else if (element.Value is BsonDocument fromDocument && fromDocument.TryGetValue("db", out var db) && db is BsonString dbText
                        && fromDocument.TryGetValue("coll", out var coll) && coll is BsonString collText)
                    {
                        database = dbText.Value;
                        from = collText.Value;
                    }
                    else
                    {
                        ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"$lookup 'from' field must be a string, but found {ExpressionTypeNames.NameOf(element.Value)}");
                    }

                    break;
                case "as":
                    asField = RequireString(element);
                    break;
                case "localField":
                    localField = RequireString(element);
                    break;
                case "foreignField":
                    foreignField = RequireString(element);
                    break;
                case "let":
                    let = element.Value as BsonDocument
                        ?? ExpressionErrors.Throw<BsonDocument>(ErrorCodes.FailedToParse, $"$lookup argument 'let: {element.Value}' must be an object, is type {ExpressionTypeNames.NameOf(element.Value)}");
                    break;
                case "pipeline":
                    pipeline = element.Value as BsonArray
                        ?? ExpressionErrors.Throw<BsonArray>(ErrorCodes.FailedToParse, $"$lookup argument 'pipeline' must be an array, is type {ExpressionTypeNames.NameOf(element.Value)}");
                    break;
                default:
                    ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"unknown argument to $lookup: {element.Name}");
                    break;
            }
        }

        if (asField is null)
        {
            ExpressionErrors.Throw(ErrorCodes.FailedToParse, "must specify 'as' field for a $lookup");
        }

        if (pipeline is null)
        {
            if (localField is null || foreignField is null)
            {
                ExpressionErrors.Throw(ErrorCodes.FailedToParse, "$lookup requires either 'pipeline' or both 'localField' and 'foreignField' to be specified");
            }

            if (let is not null)
            {
                ExpressionErrors.Throw(ErrorCodes.FailedToParse, "$lookup with a 'let' argument must also specify 'pipeline'");
            }
        }
        else if ((localField is null) != (foreignField is null))
        {
            ExpressionErrors.Throw(ErrorCodes.FailedToParse, "$lookup requires both or neither of 'localField' and 'foreignField' to be specified");
        }

        if (from is null && !(pipeline is { Count: > 0 } && pipeline[0] is BsonDocument first && first.Contains("$documents")))
        {
            ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"missing 'from' option to $lookup stage specification: {document}");
        }

        var letExpressions = new List<(string, AggregationExpression)>();
        if (let is not null)
        {
            foreach (var element in let)
            {
                FieldPathExpression.ValidateVariableNameForWrite(element.Name);
                letExpressions.Add((element.Name, AggregationExpression.Parse(element.Value, scope.Expressions)));
            }
        }

        PipelineStage[]? stages = null;
        if (pipeline is not null)
        {
            var nested = scope.Nested(PipelineNesting.Lookup, letExpressions.Select(static l => l.Item1));
            stages = StageParsers.ParseStages(pipeline, nested);
        }

        return new LookupStage(
            from,
            database,
            SplitOutputPath(asField),
            localField is null ? null : FieldPathExpression.SplitPath(localField),
            foreignField is null ? null : FieldPathExpression.SplitPath(foreignField),
            letExpressions.ToArray(),
            stages);
    }

    /// <summary>Splits an output field path (<c>as</c>), which may not start with <c>$</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The components.</returns>
    internal static string[] SplitOutputPath(string path)
    {
        if (path.StartsWith('$'))
        {
            ExpressionErrors.Throw(16410, "FieldPath field names may not start with '$'. Consider using $getField or $setField.");
        }

        return FieldPathExpression.SplitPath(path);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var foreign = _from is null ? [] : runtime.Context.Host.Scan(_database, _from);
        ForeignIndex? index = null;
        List<BsonDocument>? all = null;
        EvaluationContext? context = null;
        foreach (var document in input)
        {
            IEnumerable<BsonDocument> candidates;
            if (_localField is not null)
            {
                index ??= new ForeignIndex(foreign, _foreignField!);
                var values = new List<BsonValue>();
                DocumentPaths.CollectValues(document, _localField, 0, values);
                if (values.Count == 0)
                {
                    values.Add(BsonNull.Value);
                }

                var matches = new List<BsonDocument>();
                foreach (var position in index.Find(values))
                {
                    matches.Add(index[position]);
                }

                candidates = matches;
            }
            else
            {
                all ??= foreign.ToList();
                candidates = all;
            }

            BsonArray joined;
            if (_stages is null)
            {
                joined = new BsonArray(candidates);
            }
            else
            {
                var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
                if (_let.Length > 0)
                {
                    if (context is null)
                    {
                        context = runtime.CreateEvaluationContext(document);
                    }
                    else
                    {
                        runtime.Bind(context, document);
                    }

                    foreach (var (name, value) in _let)
                    {
                        variables[name] = value.Evaluate(context) ?? BsonNull.Value;
                    }
                }

                var subRuntime = runtime.WithVariables(variables);
                joined = new BsonArray(AggregationPipeline.RunStages(_stages, candidates, subRuntime));
            }

            var result = DocumentPaths.WithValue(document, _as, joined);
            runtime.CarryMetadata(document, result);
            yield return result;
        }
    }

    private static string RequireString(BsonElement element) =>
        element.Value is BsonString text
            ? text.Value
            : ExpressionErrors.Throw<string>(ErrorCodes.FailedToParse, $"$lookup argument '{element.Name}: {element.Value}' must be a string, is type {ExpressionTypeNames.NameOf(element.Value)}");
}
