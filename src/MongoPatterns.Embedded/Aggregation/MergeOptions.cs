using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>The options of a <c>$merge</c> stage.</summary>
/// <remarks>
/// The host finds, for each incoming document, the target document whose <see cref="On"/> fields are equal, then calls
/// <see cref="ApplyWhenMatched(BsonDocument, BsonDocument, DateTime)"/> (or inserts/discards/fails per
/// <see cref="WhenNotMatched"/>).
/// </remarks>
internal sealed class MergeOptions
{
    /// <summary>Gets the fields that identify a target document (default <c>_id</c>).</summary>
    public IReadOnlyList<string> On { get; init; } = ["_id"];

    /// <summary>Gets what to do when a target document matches: replace, keepExisting, merge, fail, or a pipeline.</summary>
    public string WhenMatched { get; init; } = "merge";

    /// <summary>Gets the pipeline used when <see cref="WhenMatched"/> is a pipeline.</summary>
    public BsonArray? WhenMatchedPipeline { get; init; }

    /// <summary>Gets what to do when no target document matches: insert, discard or fail.</summary>
    public string WhenNotMatched { get; init; } = "insert";

    /// <summary>Gets the <c>let</c> variables of the <c>whenMatched</c> pipeline (expressions over the incoming document).</summary>
    public BsonDocument? Let { get; init; }

    /// <summary>Gets the value of <c>$$NOW</c> for the <c>whenMatched</c> pipeline (the command's time).</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;

    /// <summary>Gets the parsed <c>whenMatched</c> pipeline.</summary>
    internal AggregationPipeline? ParsedPipeline { get; init; }

    /// <summary>Computes the new target document when <paramref name="incoming"/> matches <paramref name="existing"/>.</summary>
    /// <param name="existing">The target document (not modified).</param>
    /// <param name="incoming">The document from the pipeline.</param>
    /// <param name="now">The value of <c>$$NOW</c>.</param>
    /// <returns>The document to store.</returns>
    /// <exception cref="MongoServerException">DuplicateKey (11000) for <c>whenMatched: "fail"</c>.</exception>
    public BsonDocument ApplyWhenMatched(BsonDocument existing, BsonDocument incoming, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        switch (WhenMatched)
        {
            case "replace":
                return incoming;
            case "keepExisting":
                return existing;
            case "fail":
                throw new MongoServerException(ErrorCodes.DuplicateKey, $"$merge failed due to a DuplicateKey error: a document matching {OnValues(incoming)} already exists (whenMatched: \"fail\")");
            case "merge":
                var merged = DocumentPaths.ShallowCopy(existing);
                foreach (var element in incoming)
                {
                    merged.Set(element.Name, element.Value);
                }

                return merged;
            default:
                var pipeline = ParsedPipeline ?? AggregationPipeline.ParseForUpdate(WhenMatchedPipeline ?? [], new QueryContext { Variables = LetNames(), Now = now });
                var variables = new BsonDocument("new", incoming);
                if (Let is not null)
                {
                    var evaluation = new EvaluationContext(incoming) { Now = now };
                    var parseContext = ExpressionParseContext.Create(null);
                    foreach (var element in Let)
                    {
                        variables.Set(element.Name, AggregationExpression.Parse(element.Value, parseContext).Evaluate(evaluation) ?? BsonNull.Value);
                    }
                }

                return pipeline.ApplyToDocument(existing, new QueryContext { Variables = variables, Now = now });
        }
    }

    /// <summary>Gets the <see cref="On"/> field values of a document (for messages and lookups).</summary>
    /// <param name="document">The document.</param>
    /// <returns>A document of the values.</returns>
    public BsonDocument OnValues(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new BsonDocument();
        foreach (var field in On)
        {
            result.Add(field, DocumentPaths.GetNested(document, field.Split('.')) ?? BsonNull.Value);
        }

        return result;
    }

    /// <summary>Gets a document naming the variables the <c>whenMatched</c> pipeline may use (values are placeholders).</summary>
    /// <returns>The variables.</returns>
    internal BsonDocument LetNames()
    {
        var names = new BsonDocument("new", BsonNull.Value);
        if (Let is not null)
        {
            foreach (var element in Let)
            {
                names.Set(element.Name, BsonNull.Value);
            }
        }

        return names;
    }
}
