using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>A parsed aggregation pipeline.</summary>
/// <remarks>CONTRACT STUB: supports <c>$match</c>, <c>$skip</c> and <c>$limit</c> only; the aggregation engine replaces this file.</remarks>
internal sealed class AggregationPipeline
{
    private readonly List<Func<IEnumerable<BsonDocument>, IEnumerable<BsonDocument>>> _stages;

    private AggregationPipeline(List<Func<IEnumerable<BsonDocument>, IEnumerable<BsonDocument>>> stages) => _stages = stages;

    /// <summary>Gets a value indicating whether the pipeline ends with <c>$out</c> or <c>$merge</c>.</summary>
    public bool WritesOutput { get; }

    /// <summary>Parses a pipeline.</summary>
    /// <param name="stages">The stages.</param>
    /// <param name="context">The pipeline's context.</param>
    /// <returns>The parsed pipeline.</returns>
    public static AggregationPipeline Parse(BsonArray stages, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(context);
        var list = new List<Func<IEnumerable<BsonDocument>, IEnumerable<BsonDocument>>>();
        foreach (var stage in stages)
        {
            var element = stage.AsBsonDocument.GetElement(0);
            switch (element.Name)
            {
                case "$match":
                    var filter = QueryFilter.Parse(element.Value.AsBsonDocument);
                    list.Add(input => input.Where(filter.Matches));
                    break;
                case "$skip":
                    var skip = element.Value.ToInt32();
                    list.Add(input => input.Skip(skip));
                    break;
                case "$limit":
                    var limit = element.Value.ToInt32();
                    list.Add(input => input.Take(limit));
                    break;
                default:
                    throw new MongoServerException(ErrorCodes.NotImplemented, $"{element.Name} is not built yet");
            }
        }

        return new AggregationPipeline(list);
    }

    /// <summary>Runs the pipeline over its input.</summary>
    /// <param name="input">The input documents (never modified).</param>
    /// <param name="context">The pipeline's context.</param>
    /// <returns>The output documents.</returns>
    public IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = input;
        foreach (var stage in _stages)
        {
            current = stage(current);
        }

        return current;
    }
}
