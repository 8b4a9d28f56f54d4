using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$out</c>: replaces a collection's contents with the pipeline's output; outputs nothing.</summary>
internal sealed class OutStage : PipelineStage
{
    private OutStage(string database, string collection)
    {
        Database = database;
        Collection = collection;
    }

    /// <inheritdoc />
    public override string Name => "$out";

    /// <summary>Gets the target database.</summary>
    public string Database { get; }

    /// <summary>Gets the target collection.</summary>
    public string Collection { get; }

    /// <summary>Parses <c>"coll"</c> or <c>{db, coll}</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The target.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        switch (specification)
        {
            case BsonString { Value.Length: > 0 } text:
                return new OutStage(scope.Context.Database, text.Value);
            case BsonDocument document:
                string? database = null;
                string? collection = null;
                foreach (var element in document)
                {
                    switch (element.Name)
                    {
                        case "db" when element.Value is BsonString db:
                            database = db.Value;
                            break;
                        case "coll" when element.Value is BsonString coll:
                            collection = coll.Value;
                            break;
                        case "timeseries":
                            break;
                        default:
                            ExpressionErrors.Throw(40415, $"BSON field '$out.{element.Name}' is an unknown field.");
                            break;
                    }
                }

                if (database is null || collection is null)
                {
                    ExpressionErrors.Throw(40414, $"BSON field '$out.{(database is null ? "db" : "coll")}' is missing but a required field");
                }

                return new OutStage(database, collection);
            default:
                return ExpressionErrors.Throw<PipelineStage>(16990, $"$out only supports a string or object argument, not {ExpressionTypeNames.NameOf(specification)}");
        }
    }

    /// <summary>Gives a document an ObjectId <c>_id</c> (first) when it has none, as an insert would.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The document or a copy with an <c>_id</c>.</returns>
    internal static BsonDocument EnsureId(BsonDocument document)
    {
        if (document.Contains("_id"))
        {
            return document;
        }

        var copy = new BsonDocument("_id", BsonObjectId.GenerateNewId());
        foreach (var element in document)
        {
            copy.Set(element.Name, element.Value);
        }

        return copy;
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        var documents = input.Select(EnsureId).ToList();
        runtime.Context.Host.ReplaceCollection(Database, Collection, documents);
        yield break;
    }
}
