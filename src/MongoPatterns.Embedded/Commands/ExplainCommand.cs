using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>explain</c>: the query plan (COLLSCAN, IDHACK or IXSCAN) of find, aggregate, count, distinct, update, delete and findAndModify.</summary>
internal sealed class ExplainCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["explain"];

    /// <summary>Describes an aggregate pipeline (also used by aggregate's <c>explain: true</c>).</summary>
    /// <param name="context">The command.</param>
    /// <param name="command">The aggregate command.</param>
    /// <param name="plan">The plan of the collection read.</param>
    /// <returns>The explain document (without ok).</returns>
    public static BsonDocument DescribeAggregate(CommandContext context, BsonDocument command, QueryPlan? plan)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var stages = command.GetValue("pipeline", new BsonArray())!.AsBsonArray;
        var firstMatch = stages.Count > 0 && stages[0] is BsonDocument first && first.GetElement(0) is { Name: "$match", Value: BsonDocument m } ? m : new BsonDocument();
        var ns = context.Database + "." + (command.GetElement(0).Value is BsonString s ? s.Value : "$cmd.aggregate");
        return new BsonDocument
        {
            { "explainVersion", "1" },
            { "queryPlanner", QueryPlanner(ns, firstMatch, plan) },
            { "stages", new BsonArray(stages) },
            { "command", command },
            { "serverInfo", ServerInfo(context) },
        };
    }

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CommandValue is not BsonDocument { ElementCount: > 0 } inner)
        {
            throw CommandArguments.WrongType("explain", "explain", context.CommandValue, "'object'");
        }

        var verbosity = CommandArguments.GetString(context.Command, "explain", "verbosity") ?? "allPlansExecution";
        var name = inner.GetElement(0).Name;
        var collectionName = inner.GetElement(0).Value is BsonString s ? s.Value : string.Empty;
        var ns = context.Database + "." + collectionName;
        var collection = context.Services.Storage.Current.FindCollection(context.Database, collectionName);
        BsonDocument filter;
        BsonValue? hint = QueryHelpers.GetHint(inner);
        switch (name)
        {
            case "find":
                filter = CommandArguments.GetDocument(inner, name, "filter") ?? new BsonDocument();
                break;
            case "count":
                filter = CommandArguments.GetDocument(inner, name, "query") ?? new BsonDocument();
                break;
            case "distinct":
                filter = CommandArguments.GetDocument(inner, name, "query") ?? new BsonDocument();
                break;
            case "findAndModify" or "findandmodify":
                filter = CommandArguments.GetDocument(inner, name, "query") ?? new BsonDocument();
                break;
            case "update":
                var update = CommandArguments.GetArray(inner, name, "updates")?.FirstOrDefault() as BsonDocument;
                filter = update?.GetValue("q", null) as BsonDocument ?? new BsonDocument();
                hint = update is null ? null : QueryHelpers.GetHint(update);
                break;
            case "delete":
                var delete = CommandArguments.GetArray(inner, name, "deletes")?.FirstOrDefault() as BsonDocument;
                filter = delete?.GetValue("q", null) as BsonDocument ?? new BsonDocument();
                hint = delete is null ? null : QueryHelpers.GetHint(delete);
                break;
            case "aggregate":
                var (_, _, _, aggregatePlan) = AggregateCommand.Prepare(context, inner);
                return Replies.Ok(DescribeAggregate(context, inner, aggregatePlan));
            default:
                throw new MongoServerException(ErrorCodes.CommandNotFound, $"Explain failed due to unknown command: {name}");
        }

        var parsed = QueryFilter.Parse(filter, QueryHelpers.CreateQueryContext(context, CommandArguments.GetDocument(inner, name, "let"), collection));
        var plan = Storage.QueryPlanner.Plan(collection, parsed, hint);
        var reply = new BsonDocument
        {
            { "explainVersion", "1" },
            { "queryPlanner", QueryPlanner(ns, filter, plan) },
        };
        if (verbosity is "executionStats" or "allPlansExecution")
        {
            var examined = plan.Candidates.ToList();
            var returned = examined.Count(r => parsed.Matches(r.Document));
            reply.Add("executionStats", new BsonDocument
            {
                { "executionSuccess", true },
                { "nReturned", returned },
                { "executionTimeMillis", 0 },
                { "totalKeysExamined", plan.Stage is "IXSCAN" or "IDHACK" ? examined.Count : 0 },
                { "totalDocsExamined", examined.Count },
            });
        }

        reply.Add("command", inner);
        reply.Add("serverInfo", ServerInfo(context));
        return Replies.Ok(reply);
    }

    private static BsonDocument QueryPlanner(string ns, BsonDocument filter, QueryPlan? plan) => new()
    {
        { "namespace", ns },
        { "indexFilterSet", false },
        { "parsedQuery", filter },
        { "queryHash", "00000000" },
        { "maxIndexedOrSolutionsReached", false },
        { "maxIndexedAndSolutionsReached", false },
        { "maxScansToExplodeReached", false },
        { "winningPlan", plan?.Describe(filter) ?? new BsonDocument("stage", "EOF") },
        { "rejectedPlans", new BsonArray() },
    };

    private static BsonDocument ServerInfo(CommandContext context)
    {
        var hostAndPort = context.Services.HostAndPort;
        var colon = hostAndPort.LastIndexOf(':');
        return new BsonDocument
        {
            { "host", Environment.MachineName },
            { "port", int.Parse(hostAndPort[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture) },
            { "version", ServerIdentity.Version },
            { "gitVersion", ServerIdentity.GitVersion },
        };
    }
}
