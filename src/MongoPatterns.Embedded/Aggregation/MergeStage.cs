using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$merge</c>: merges the pipeline's output into a collection through the host; outputs nothing.</summary>
internal sealed class MergeStage : PipelineStage
{
    private MergeStage(string database, string collection, MergeOptions options)
    {
        Database = database;
        Collection = collection;
        Options = options;
    }

    /// <inheritdoc />
    public override string Name => "$merge";

    /// <summary>Gets the target database.</summary>
    public string Database { get; }

    /// <summary>Gets the target collection.</summary>
    public string Collection { get; }

    /// <summary>Gets the merge options.</summary>
    public MergeOptions Options { get; }

    /// <summary>Parses <c>"coll"</c> or <c>{into, on, let, whenMatched, whenNotMatched}</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is BsonString text)
        {
            return new MergeStage(scope.Context.Database, RequireCollectionName(text.Value), new MergeOptions());
        }

        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(ErrorCodes.TypeMismatch, $"$merge requires a string or object argument, but found {ExpressionTypeNames.NameOf(specification)}");
        }

        var database = scope.Context.Database;
        string? collection = null;
        IReadOnlyList<string> on = ["_id"];
        var whenMatched = "merge";
        BsonArray? pipeline = null;
        var whenNotMatched = "insert";
        BsonDocument? let = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "into":
                    switch (element.Value)
                    {
                        case BsonString into:
                            collection = RequireCollectionName(into.Value);
                            break;
                        case BsonDocument into:
                            if (into.TryGetValue("db", out var db))
                            {
                                database = db is BsonString dbText ? dbText.Value : ExpressionErrors.Throw<string>(ErrorCodes.TypeMismatch, "BSON field 'into.db' is the wrong type");
                            }

                            collection = into.TryGetValue("coll", out var coll) && coll is BsonString collText
                                ? RequireCollectionName(collText.Value)
                                : ExpressionErrors.Throw<string>(5786801, "$merge 'into' field must specify a 'coll' that is not empty, null or undefined");
                            break;
                        default:
                            ExpressionErrors.Throw(51178, $"$merge 'into' field  must be either a string or an object, but found {ExpressionTypeNames.NameOf(element.Value)}");
                            break;
                    }

                    break;
                case "on":
                    on = ParseOn(element.Value);
                    break;
                case "whenMatched":
                    switch (element.Value)
                    {
                        case BsonString mode when mode.Value is "replace" or "keepExisting" or "merge" or "fail":
                            whenMatched = mode.Value;
                            break;
                        case BsonString mode:
                            ExpressionErrors.Throw(ErrorCodes.BadValue, $"Enumeration value '{mode.Value}' for field 'whenMatched' is not a valid value.");
                            break;
                        case BsonArray stages:
                            whenMatched = "pipeline";
                            pipeline = stages;
                            break;
                        default:
                            ExpressionErrors.Throw(51191, $"$merge 'whenMatched' field  must be either a string or an array, but found {ExpressionTypeNames.NameOf(element.Value)}");
                            break;
                    }

                    break;
                case "whenNotMatched":
                    whenNotMatched = element.Value is BsonString { Value: "insert" or "discard" or "fail" } notMatched
                        ? notMatched.Value
                        : ExpressionErrors.Throw<string>(ErrorCodes.BadValue, $"Enumeration value '{element.Value}' for field '$merge.whenNotMatched' is not a valid value.");
                    break;
                case "let":
                    let = element.Value as BsonDocument
                        ?? ExpressionErrors.Throw<BsonDocument>(ErrorCodes.TypeMismatch, $"BSON field '$merge.let' is the wrong type '{ExpressionTypeNames.NameOf(element.Value)}', expected type 'object'");
                    break;
                default:
                    ExpressionErrors.Throw(40415, $"BSON field '$merge.{element.Name}' is an unknown field.");
                    break;
            }
        }

        if (collection is null)
        {
            ExpressionErrors.Throw(40414, "BSON field '$merge.into' is missing but a required field");
        }

        if (let is not null && whenMatched != "pipeline")
        {
            ExpressionErrors.Throw(51199, $"Cannot use 'let' variables with 'whenMatched: {whenMatched}' mode");
        }

        if (let is not null && let.TryGetValue("new", out var newValue) && newValue != new BsonString("$$ROOT"))
        {
            ExpressionErrors.Throw(51273, "'let' may not define a value for the reserved 'new' variable other than '$$ROOT'");
        }

        if ((whenMatched is "fail" or "keepExisting") && whenNotMatched is "fail" or "discard")
        {
            ExpressionErrors.Throw(51181, $"Combination of {{whenMatched: {whenMatched}, whenNotMatched: {whenNotMatched}}} is not supported");
        }

        var options = new MergeOptions { On = on, WhenMatched = whenMatched, WhenMatchedPipeline = pipeline, WhenNotMatched = whenNotMatched, Let = let };
        if (pipeline is not null)
        {
            options = new MergeOptions
            {
                On = on,
                WhenMatched = whenMatched,
                WhenMatchedPipeline = pipeline,
                WhenNotMatched = whenNotMatched,
                Let = let,
                Now = scope.Context.Now,
                ParsedPipeline = AggregationPipeline.ParseForUpdate(pipeline, new QueryContext { Variables = options.LetNames(), Now = scope.Context.Now }),
            };
        }

        return new MergeStage(database, collection, options);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var documents = input.Select(OutStage.EnsureId).ToList();
        runtime.Context.Host.Merge(Database, Collection, documents, Options);
        yield break;
    }

    private static string RequireCollectionName(string name) =>
        name.Length == 0 ? ExpressionErrors.Throw<string>(5786800, "$merge 'into' field cannot be an empty string") : name;

    private static string[] ParseOn(BsonValue value)
    {
        switch (value)
        {
            case BsonString field:
                return [field.Value];
            case BsonArray { Count: 0 }:
                return ExpressionErrors.Throw<string[]>(51187, "If explicitly specifying $merge 'on', must include at least one field");
            case BsonArray fields:
                var result = new List<string>();
                foreach (var field in fields)
                {
                    if (field is not BsonString text)
                    {
                        return ExpressionErrors.Throw<string[]>(51134, $"$merge 'on' array elements must be strings, but found {ExpressionTypeNames.NameOf(field)}");
                    }

                    if (result.Contains(text.Value))
                    {
                        ExpressionErrors.Throw(31465, $"Found a duplicate field '{text.Value}'");
                    }

                    result.Add(text.Value);
                }

                return result.ToArray();
            default:
                return ExpressionErrors.Throw<string[]>(51186, $"$merge 'on' field  must be either a string or an array of strings, but found {ExpressionTypeNames.NameOf(value)}");
        }
    }
}
