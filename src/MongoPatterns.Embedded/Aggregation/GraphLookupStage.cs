using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$graphLookup</c>: a breadth-first recursive search of a collection from <c>startWith</c> (streaming over the input).</summary>
internal sealed class GraphLookupStage : PipelineStage
{
    private readonly string _from;
    private readonly string _database;
    private readonly AggregationExpression _startWith;
    private readonly string[] _connectFromField;
    private readonly string[] _connectToField;
    private readonly string[] _as;
    private readonly long? _maxDepth;
    private readonly string[]? _depthField;
    private readonly QueryFilter? _restrict;

    private GraphLookupStage(string from, string database, AggregationExpression startWith, string[] connectFromField, string[] connectToField, string[] asPath, long? maxDepth, string[]? depthField, QueryFilter? restrict)
    {
        _from = from;
        _database = database;
        _startWith = startWith;
        _connectFromField = connectFromField;
        _connectToField = connectToField;
        _as = asPath;
        _maxDepth = maxDepth;
        _depthField = depthField;
        _restrict = restrict;
    }

    /// <inheritdoc />
    public override string Name => "$graphLookup";

    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(40327, $"the $graphLookup stage specification must be an object, but found {ExpressionTypeNames.NameOf(specification)}");
        }

        string? from = null;
        var database = scope.Context.Database;
        AggregationExpression? startWith = null;
        string? connectFrom = null;
        string? connectTo = null;
        string? asField = null;
        long? maxDepth = null;
        string? depthField = null;
        QueryFilter? restrict = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "from":
                    if (element.Value is BsonDocument fromDocument && fromDocument.TryGetValue("coll", out var coll) && coll is BsonString collText)
                    {
                        from = collText.Value;
                        if (fromDocument.TryGetValue("db", out var db) && db is BsonString dbText)
                        {
                            database = dbText.Value;
                        }
                    }
                    else
                    {
                        from = RequireString(element);
                    }

                    break;
                case "startWith":
                    startWith = AggregationExpression.Parse(element.Value, scope.Expressions);
                    break;
                case "connectFromField":
                    connectFrom = RequireString(element);
                    break;
                case "connectToField":
                    connectTo = RequireString(element);
                    break;
                case "as":
                    asField = RequireString(element);
                    break;
                case "depthField":
                    depthField = RequireString(element);
                    break;
                case "maxDepth":
                    if (!element.Value.IsNumeric)
                    {
                        ExpressionErrors.Throw(40100, $"maxDepth must be numeric, found type: {ExpressionTypeNames.NameOf(element.Value)}");
                    }

                    if (!Numeric.TryGetInt64(element.Value, out var depth) || depth < 0)
                    {
                        ExpressionErrors.Throw(40101, $"maxDepth requires a nonnegative argument, found: {element.Value}");
                    }

                    maxDepth = depth;
                    break;
                case "restrictSearchWithMatch":
                    if (element.Value is not BsonDocument filter)
                    {
                        return ExpressionErrors.Throw<PipelineStage>(40185, $"restrictSearchWithMatch must be an object, found {ExpressionTypeNames.NameOf(element.Value)}");
                    }

                    restrict = QueryFilter.Parse(filter, scope.CreateQueryContext());
                    break;
                default:
                    ExpressionErrors.Throw(40104, $"Unknown argument to $graphLookup: {element.Name}");
                    break;
            }
        }

        if (from is null || startWith is null || connectFrom is null || connectTo is null || asField is null)
        {
            ExpressionErrors.Throw(40105, "must specify 'startWith', 'connectFromField', 'connectToField', 'from', and 'as' for $graphLookup");
        }

        return new GraphLookupStage(
            from,
            database,
            startWith,
            FieldPathExpression.SplitPath(connectFrom),
            FieldPathExpression.SplitPath(connectTo),
            LookupStage.SplitOutputPath(asField),
            maxDepth,
            depthField is null ? null : LookupStage.SplitOutputPath(depthField),
            restrict);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        ForeignIndex? index = null;
        EvaluationContext? context = null;
        foreach (var document in input)
        {
            if (context is null)
            {
                context = runtime.CreateEvaluationContext(document);
            }
            else
            {
                runtime.Bind(context, document);
            }

            index ??= new ForeignIndex(
                runtime.Context.Host.Scan(_database, _from).Where(d => _restrict is null || _restrict.Matches(d)),
                _connectToField);
            var start = _startWith.Evaluate(context);
            var frontier = new List<BsonValue>();
            if (start is BsonArray startArray)
            {
                frontier.AddRange(startArray);
            }
            else
            {
                frontier.Add(start ?? BsonNull.Value);
            }

            var visited = new HashSet<int>();
            var found = new BsonArray();
            for (long depth = 0; frontier.Count > 0 && (_maxDepth is null || depth <= _maxDepth); depth++)
            {
                var next = new List<BsonValue>();
                foreach (var position in index.Find(frontier))
                {
                    if (!visited.Add(position))
                    {
                        continue;
                    }

                    var match = index[position];
                    found.Add(_depthField is null ? match : DocumentPaths.WithValue(match, _depthField, BsonInt64.Create(depth)));
                    DocumentPaths.CollectValues(match, _connectFromField, 0, next);
                }

                frontier = next;
            }

            var result = DocumentPaths.WithValue(document, _as, found);
            runtime.CarryMetadata(document, result);
            yield return result;
        }
    }

    private static string RequireString(BsonElement element) =>
        element.Value is BsonString text
            ? text.Value
            : ExpressionErrors.Throw<string>(40103, $"expected a string as argument for {element.Name}, but found {ExpressionTypeNames.NameOf(element.Value)}");
}
