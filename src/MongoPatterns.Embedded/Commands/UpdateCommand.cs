using System.Collections.Frozen;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;
using MongoPatterns.Embedded.Updates;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>update</c>: update statements (q, u, multi, upsert, arrayFilters, hint) with per-statement write errors.</summary>
internal sealed class UpdateCommand : CommandHandler
{
    /// <summary>
    /// The fields of a MongoDB 7.0 update statement; anything else (such as 8.0's <c>sort</c>) fails the command with
    /// IDLUnknownField, as on the server version the embedded server reports.
    /// </summary>
    private static readonly FrozenSet<string> StatementFields = FrozenSet.ToFrozenSet(
        ["q", "u", "c", "multi", "upsert", "upsertSupplied", "arrayFilters", "hint", "collation", "sampleId"], StringComparer.Ordinal);

    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["update"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var name = CommandArguments.CollectionName(context);
        var updates = CommandArguments.GetArray(command, "update", "updates")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'update.updates' is missing but a required field");
        InsertCommand.ValidateBatchSize(updates.Count);
        var ordered = CommandArguments.GetBoolean(command, "update", "ordered", true);
        var bypass = CommandArguments.GetBoolean(command, "update", "bypassDocumentValidation");
        var let = CommandArguments.GetDocument(command, "update", "let");
        NamespaceRules.ValidateWritableCollection(context.Database, name);
        foreach (var entry in updates)
        {
            // Malformed statements fail the whole command (IDL parsing), before anything is written.
            var statement = entry as BsonDocument ?? throw CommandArguments.WrongType("update", "updates", entry, "'object'");
            CommandArguments.RejectUnknownFields(statement, "update.updates", StatementFields);
            CommandArguments.Require(statement, "update.updates", "q", out var q);
            CommandArguments.Require(statement, "update.updates", "u", out _);
            if (q is not BsonDocument)
            {
                throw CommandArguments.WrongType("update.updates", "q", q, "'object'");
            }

            _ = CommandArguments.GetBoolean(statement, "update.updates", "multi");
            _ = CommandArguments.GetBoolean(statement, "update.updates", "upsert");
            _ = CommandArguments.GetArray(statement, "update.updates", "arrayFilters");
        }

        var writeErrors = new BsonArray();
        var upserted = new BsonArray();
        var (matched, modified) = context.Write(writer =>
        {
            long n = 0;
            long nModified = 0;
            var collection = writer.GetCollection(context.Database, name);
            for (var i = 0; i < updates.Count; i++)
            {
                try
                {
                    if (updates[i] is not BsonDocument statement)
                    {
                        throw CommandArguments.WrongType("update", "updates", updates[i], "'object'");
                    }

                    var (matchedCount, modifiedCount, upsertedId) = ExecuteStatement(context, writer, ref collection, name, statement, let, bypass);
                    n += matchedCount;
                    nModified += modifiedCount;
                    if (upsertedId is not null)
                    {
                        upserted.Add(new BsonDocument { { "index", i }, { "_id", upsertedId } });
                        n++;
                    }
                }
                catch (MongoServerException exception)
                {
                    writeErrors.Add(Replies.WriteError(i, exception));
                    if (ordered)
                    {
                        break;
                    }
                }
            }

            if (collection is not null)
            {
                writer.SetCollection(collection);
            }

            return (n, nModified);
        });

        var reply = new BsonDocument { { "n", (int)matched }, { "nModified", (int)modified } };
        if (upserted.Count > 0)
        {
            reply.Add("upserted", upserted);
        }

        if (writeErrors.Count > 0)
        {
            reply.Add("writeErrors", writeErrors);
        }

        return Replies.Ok(reply);
    }

    private static (long Matched, long Modified, BsonValue? UpsertedId) ExecuteStatement(
        CommandContext context, CatalogWriter writer, ref CollectionState? collection, string name, BsonDocument statement, BsonDocument? let, bool bypass)
    {
        var query = CommandArguments.GetDocument(statement, "update.updates", "q")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'update.updates.q' is missing but a required field");
        if (!statement.TryGetValue("u", out var u))
        {
            throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'update.updates.u' is missing but a required field");
        }

        var multi = CommandArguments.GetBoolean(statement, "update.updates", "multi");
        var upsert = CommandArguments.GetBoolean(statement, "update.updates", "upsert");
        var arrayFilters = CommandArguments.GetArray(statement, "update.updates", "arrayFilters");
        var statementLet = CommandArguments.GetDocument(statement, "update.updates", "c");
        var variables = MergeLet(let, statementLet);
        var queryContext = QueryHelpers.CreateQueryContext(context, variables, collection, statement.GetValue("collation", null));
        var filter = QueryFilter.Parse(query, queryContext);
        if (u is not (BsonDocument or BsonArray))
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "Update argument must be either an object or an array");
        }

        var spec = UpdateSpec.Parse(u, arrayFilters, queryContext);
        if (multi && spec.Kind == UpdateKind.Replacement)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "multi update is not supported for replacement-style update");
        }

        var hint = QueryHelpers.GetHint(statement);
        var matches = QueryHelpers.Matches(collection, filter, hint, null);
        if (!multi)
        {
            matches = matches.Take(1);
        }

        long matched = 0;
        long modified = 0;
        foreach (var (record, details) in matches.ToList())
        {
            matched++;
            var current = collection!.Records[record.RecordId];
            var before = collection;
            collection = UpdateApplier.Apply(collection, current, spec, u, details, bypass, writer.Version, out _);
            if (!ReferenceEquals(before, collection))
            {
                modified++;
            }
        }

        if (matched == 0 && upsert)
        {
            collection ??= writer.GetOrCreateCollection(context.Database, name, out _);
            collection = UpdateApplier.Upsert(collection, query, spec, bypass, writer.Version, out var inserted);
            return (0, 0, inserted["_id"]);
        }

        return (matched, modified, null);
    }

    private static BsonDocument? MergeLet(BsonDocument? let, BsonDocument? statementLet)
    {
        if (statementLet is null)
        {
            return let;
        }

        var merged = let?.DeepClone() ?? new BsonDocument();
        foreach (var element in statementLet)
        {
            merged.Set(element.Name, element.Value);
        }

        return merged;
    }
}
