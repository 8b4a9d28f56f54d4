using MongoPatterns.Bson;
using MongoPatterns.Embedded.Cursors;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Projection;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>find</c>: filter, sort, projection, hint, skip, limit, batchSize, singleBatch; opens a cursor when results remain.</summary>
internal sealed class FindCommand : CommandHandler
{
    /// <summary>The default number of documents in a first batch.</summary>
    public const int DefaultFirstBatchSize = 101;

    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["find"];

    /// <summary>Builds the results of a find (used by find and explain).</summary>
    /// <param name="context">The command.</param>
    /// <param name="command">The find command document.</param>
    /// <returns>The plan and the lazily evaluated results.</returns>
    public static (Storage.QueryPlan Plan, IEnumerable<CursorItem> Results, BsonDocument Filter) Prepare(CommandContext context, BsonDocument command)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var collectionName = command.GetElement(0).Value is BsonString s ? s.Value : throw new MongoServerException(ErrorCodes.InvalidNamespace, "collection name has invalid type " + Storage.IndexDefinition.TypeName(command.GetElement(0).Value));
        Storage.NamespaceRules.ValidateCollection(context.Database, collectionName);
        var filterDocument = CommandArguments.GetDocument(command, "find", "filter") ?? new BsonDocument();
        var let = CommandArguments.GetDocument(command, "find", "let");
        var collection = context.Catalog.FindCollection(context.Database, collectionName);
        var queryContext = QueryHelpers.CreateQueryContext(context, let, collection, command.GetValue("collation", null));
        var filter = QueryFilter.Parse(filterDocument, queryContext);
        var sortDocument = CommandArguments.GetDocument(command, "find", "sort");
        var sort = QueryHelpers.ParseSort(sortDocument, queryContext.Collation);
        var projectionDocument = CommandArguments.GetDocument(command, "find", "projection");
        var projection = projectionDocument is null || projectionDocument.ElementCount == 0 ? null : FindProjection.Parse(projectionDocument, queryContext);
        var skip = CommandArguments.GetNonNegative(command, "find", "skip") ?? 0;
        var limit = CommandArguments.GetInt64(command, "find", "limit") ?? 0;
        var hint = QueryHelpers.GetHint(command);
        if (sort is null && hint is null && sortDocument is { ElementCount: 1 } natural && natural.GetElement(0).Name == "$natural")
        {
            hint = natural;
        }

        if (CommandArguments.GetBoolean(command, "find", "tailable") && collection is not null && !collection.IsCapped)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"error processing query: ns={collection.Namespace} tree: {filterDocument} :: caused by :: tailable cursor requested on non capped collection");
        }

        var plan = Storage.QueryPlanner.Plan(collection, filter, hint);
        IEnumerable<(Storage.StoredRecord Record, MatchDetails Details)> matches = QueryHelpers.Matches(collection, plan, filter, sort, hint);
        if (skip > 0)
        {
            matches = matches.Skip((int)Math.Min(skip, int.MaxValue));
        }

        if (limit != 0)
        {
            matches = matches.Take((int)Math.Min(Math.Abs(limit), int.MaxValue));
        }

        var results = projection is null
            ? matches.Select(m => CursorItem.FromBytes(m.Record.Bytes))
            : matches.Select(m => CursorItem.FromDocument(projection.Apply(m.Record.Document, m.Details)));
        return (plan, results, filterDocument);
    }

    /// <summary>Returns the first batch of a result set and registers a cursor when results remain.</summary>
    /// <param name="context">The command.</param>
    /// <param name="collection">The collection part of the cursor namespace.</param>
    /// <param name="results">The results.</param>
    /// <param name="batchSize">The first batch size (null: 101).</param>
    /// <param name="singleBatch">Whether to close the cursor after the first batch.</param>
    /// <returns>The reply.</returns>
    public static CursorReply FirstBatch(CommandContext context, string collection, IEnumerable<CursorItem> results, long? batchSize, bool singleBatch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(results);
        var registry = context.Services.Cursors;
        var cursor = new ServerCursor(0, context.Database, collection, results.GetEnumerator(), 0, registry.Now);
        var size = (int)Math.Min(batchSize ?? DefaultFirstBatchSize, int.MaxValue);
        var batch = size == 0 ? [] : cursor.NextBatch(size, WireLimits.MaxBsonObjectSize);
        var ns = context.Database + "." + collection;
        if (singleBatch || (size != 0 && cursor.IsExhausted))
        {
            cursor.Dispose();
            return new CursorReply(0, ns, true, batch);
        }

        var registered = new ServerCursor(registry.NewId(), context.Database, collection, new CursorContinuation(cursor), 0, registry.Now)
        {
            NoTimeout = context.Command.TryGetValue("noCursorTimeout", out var nt) && nt.ToBoolean(),
            Owner = context.Connection.AuthenticatedUser?.Username,
            SessionId = context.Command.TryGetValue("lsid", out var lsid) ? lsid : null,
        };
        registry.Add(registered);
        return new CursorReply(registered.Id, ns, true, batch);
    }

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var collection = CommandArguments.CollectionName(context);
        var batchSize = CommandArguments.GetNonNegative(command, "find", "batchSize");
        var limit = CommandArguments.GetInt64(command, "find", "limit") ?? 0;
        var singleBatch = CommandArguments.GetBoolean(command, "find", "singleBatch") || limit < 0;
        _ = CommandArguments.GetNonNegative(command, "find", "maxTimeMS");
        if (limit < 0)
        {
            batchSize = -limit;
        }
        else if (limit > 0 && (batchSize is null || batchSize > limit))
        {
            batchSize = batchSize is null && limit > FindCommand.DefaultFirstBatchSize ? null : limit;
        }

        var (_, results, _) = Prepare(context, command);
        return FirstBatch(context, collection, results, batchSize, singleBatch);
    }
}
