using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Cursors;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>aggregate</c>: runs a pipeline over a collection (or none, for <c>aggregate: 1</c>) and returns a cursor.</summary>
internal sealed class AggregateCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["aggregate"];

    /// <summary>Parses the pipeline and builds its lazily evaluated output.</summary>
    /// <param name="context">The command.</param>
    /// <param name="command">The aggregate command document.</param>
    /// <returns>The collection name of the cursor namespace, the pipeline, and the output.</returns>
    public static (string CursorCollection, AggregationPipeline Pipeline, IEnumerable<BsonDocument> Output, QueryPlan? Plan) Prepare(CommandContext context, BsonDocument command)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var target = command.GetElement(0).Value;
        string? collectionName = null;
        if (target is BsonString { Value: var name })
        {
            NamespaceRules.ValidateCollection(context.Database, name);
            collectionName = name;
        }
        else if (!(target.IsNumeric && target.ToDouble() == 1))
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "Invalid input namespace, " + target);
        }

        var stages = CommandArguments.GetArray(command, "aggregate", "pipeline")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'aggregate.pipeline' is missing but a required field");
        foreach (var stage in stages)
        {
            if (stage is not BsonDocument { ElementCount: 1 })
            {
                throw new MongoServerException(40323, "A pipeline stage specification object must contain exactly one field.");
            }
        }

        var let = CommandArguments.GetDocument(command, "aggregate", "let");
        var collation = QueryHelpers.CollationOf(
            command.GetValue("collation", null),
            collectionName is null ? null : context.Catalog.FindCollection(context.Database, collectionName));
        var pipelineContext = new PipelineContext(context.Database, context.AggregationHost) { Let = let, Now = context.Now, Collation = collation };
        if (collectionName is not null && stages.Count > 0
            && CollectionStatsStages.TryProduce(context, collectionName, stages[0].AsBsonDocument, out var statistics))
        {
            var rest = AggregationPipeline.Parse(new BsonArray(stages.Skip(1)), pipelineContext);
            return (collectionName, rest, rest.Execute(statistics, pipelineContext), null);
        }

        if (collectionName is null && stages.Count > 0
            && CollectionStatsStages.TryProduceDatabaseSource(context, stages[0].AsBsonDocument, out var sourceDocuments))
        {
            var rest = AggregationPipeline.Parse(new BsonArray(stages.Skip(1)), pipelineContext);
            return ("$cmd.aggregate", rest, rest.Execute(sourceDocuments, pipelineContext), null);
        }

        var pipeline = AggregationPipeline.Parse(stages, pipelineContext);
        IEnumerable<BsonDocument> input = [];
        QueryPlan? plan = null;
        if (collectionName is not null)
        {
            var collection = context.Catalog.FindCollection(context.Database, collectionName);
            plan = PlanFirstMatch(collection, stages, let, context);
            input = plan.Candidates.Select(r => r.Document);
        }

        var output = pipeline.Execute(input, pipelineContext);
        return (collectionName ?? "$cmd.aggregate", pipeline, output, plan);
    }

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var explain = CommandArguments.GetBoolean(command, "aggregate", "explain");
        var cursorOptions = CommandArguments.GetDocument(command, "aggregate", "cursor");
        if (cursorOptions is null && !explain)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "The 'cursor' option is required, except for aggregate with the explain argument");
        }

        _ = CommandArguments.GetNonNegative(command, "aggregate", "maxTimeMS");
        var batchSize = cursorOptions is null ? null : CommandArguments.GetNonNegative(cursorOptions, "aggregate.cursor", "batchSize");
        var (cursorCollection, pipeline, output, plan) = Prepare(context, command);
        if (explain)
        {
            return Replies.Ok(ExplainCommand.DescribeAggregate(context, command, plan));
        }

        var errors = new AggregationExecutorErrors();
        output = errors.Wrap(output);
        if (pipeline.WritesOutput)
        {
            foreach (var unused in output)
            {
                _ = unused;
            }

            return FindCommand.FirstBatch(context, cursorCollection, [], batchSize, singleBatch: true);
        }

        var reply = FindCommand.FirstBatch(context, cursorCollection, output.Select(CursorItem.FromDocument), batchSize, singleBatch: false);
        errors.FirstBatchDone();
        return reply;
    }

    private static QueryPlan PlanFirstMatch(CollectionState? collection, BsonArray stages, BsonDocument? let, CommandContext context)
    {
        if (collection is not null && stages.Count > 0 && stages[0] is BsonDocument first && first.GetElement(0) is { Name: "$match", Value: BsonDocument match })
        {
            try
            {
                return QueryPlanner.Plan(collection, QueryFilter.Parse(match, QueryHelpers.CreateQueryContext(context, let, collection, context.Command.GetValue("collation", null))));
            }
            catch (MongoServerException)
            {
                // The pipeline's own $match reports the error; scan instead.
            }
        }

        return QueryPlanner.Plan(collection, QueryFilter.Empty);
    }
}
