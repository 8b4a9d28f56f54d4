using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Projection;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;
using MongoPatterns.Embedded.Updates;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>findAndModify</c>: atomically updates, replaces, upserts or removes one document and returns it.</summary>
internal sealed class FindAndModifyCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["findAndModify", "findandmodify"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var owner = context.CommandName;
        var name = CommandArguments.CollectionName(context);
        var query = CommandArguments.GetDocument(command, owner, "query") ?? new BsonDocument();
        var sortDocument = CommandArguments.GetDocument(command, owner, "sort");
        var remove = CommandArguments.GetBoolean(command, owner, "remove");
        var returnNew = CommandArguments.GetBoolean(command, owner, "new");
        var upsert = CommandArguments.GetBoolean(command, owner, "upsert");
        var bypass = CommandArguments.GetBoolean(command, owner, "bypassDocumentValidation");
        var fields = CommandArguments.GetDocument(command, owner, "fields") ?? CommandArguments.GetDocument(command, owner, "projection");
        var arrayFilters = CommandArguments.GetArray(command, owner, "arrayFilters");
        var let = CommandArguments.GetDocument(command, owner, "let");
        var hasUpdate = command.TryGetValue("update", out var update) && !update.IsBsonNull;
        if (remove && hasUpdate)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "Cannot specify both an update and remove=true");
        }

        if (!remove && !hasUpdate)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "Either an update or remove=true must be specified");
        }

        if (remove && returnNew)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "Cannot specify both new=true and remove=true; 'remove' always returns the deleted document");
        }

        if (remove && upsert)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "Cannot specify both upsert=true and remove=true ");
        }

        var queryContext = QueryHelpers.CreateQueryContext(context, let, context.Catalog.FindCollection(context.Database, name), context.Command.GetValue("collation", null));
        var filter = QueryFilter.Parse(query, queryContext);
        var sort = QueryHelpers.ParseSort(sortDocument, queryContext.Collation);
        var projection = fields is null || fields.ElementCount == 0 ? null : FindProjection.Parse(fields, queryContext);
        UpdateSpec? spec = null;
        if (hasUpdate)
        {
            if (update is not (BsonDocument or BsonArray))
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, "Update argument must be either an object or an array");
            }

            spec = UpdateSpec.Parse(update!, arrayFilters, queryContext);
        }

        NamespaceRules.ValidateWritableCollection(context.Database, name);
        var hint = QueryHelpers.GetHint(command);
        var (lastErrorObject, value, details) = context.Write(writer =>
        {
            var collection = writer.GetCollection(context.Database, name);
            var match = QueryHelpers.Matches(collection, filter, hint, sort).FirstOrDefault();
            if (match.Record is null)
            {
                if (!upsert || spec is null)
                {
                    var notFound = new BsonDocument("n", 0);
                    if (!remove)
                    {
                        notFound.Add("updatedExisting", false);
                    }

                    return (notFound, (BsonDocument?)null, (MatchDetails?)null);
                }

                collection ??= writer.GetOrCreateCollection(context.Database, name, out _);
                collection = UpdateApplier.Upsert(collection, query, spec, bypass, writer.Version, out var inserted);
                writer.SetCollection(collection);
                return (new BsonDocument { { "n", 1 }, { "updatedExisting", false }, { "upserted", inserted["_id"] } }, returnNew ? inserted : null, null);
            }

            if (remove)
            {
                writer.SetCollection(collection!.Delete(match.Record));
                return (new BsonDocument("n", 1), match.Record.Document, match.Details);
            }

            collection = UpdateApplier.Apply(collection!, match.Record, spec!, update, match.Details, bypass, writer.Version, out var updated);
            writer.SetCollection(collection);
            return (new BsonDocument { { "n", 1 }, { "updatedExisting", true } }, returnNew ? updated : match.Record.Document, match.Details);
        });

        BsonValue result = value is null ? BsonNull.Value : projection is null ? value : projection.Apply(value, details);
        return Replies.Ok(new BsonDocument { { "lastErrorObject", lastErrorObject }, { "value", result } });
    }
}
