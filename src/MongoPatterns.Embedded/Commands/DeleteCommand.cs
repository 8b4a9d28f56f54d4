using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>delete</c>: delete statements (q, limit 0/1, hint) with per-statement write errors.</summary>
internal sealed class DeleteCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["delete"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var name = CommandArguments.CollectionName(context);
        var deletes = CommandArguments.GetArray(command, "delete", "deletes")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'delete.deletes' is missing but a required field");
        InsertCommand.ValidateBatchSize(deletes.Count);
        var ordered = CommandArguments.GetBoolean(command, "delete", "ordered", true);
        var let = CommandArguments.GetDocument(command, "delete", "let");
        NamespaceRules.ValidateWritableCollection(context.Database, name);
        foreach (var entry in deletes)
        {
            // Malformed statements fail the whole command (IDL parsing), before anything is deleted.
            var statement = entry as BsonDocument ?? throw CommandArguments.WrongType("delete", "deletes", entry, "'object'");
            CommandArguments.Require(statement, "delete.deletes", "q", out var q);
            CommandArguments.Require(statement, "delete.deletes", "limit", out var limit);
            if (q is not BsonDocument)
            {
                throw CommandArguments.WrongType("delete.deletes", "q", q, "'object'");
            }

            if (!limit.IsNumeric)
            {
                throw CommandArguments.WrongType("delete.deletes", "limit", limit, "'[long, int, decimal, double]'", plural: true);
            }

            if (limit.ToDouble() is not (0 or 1))
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, $"The limit field in delete objects must be 0 or 1. Got {limit}");
            }
        }

        var writeErrors = new BsonArray();
        var deleted = context.Write(writer =>
        {
            long n = 0;
            var collection = writer.GetCollection(context.Database, name);
            for (var i = 0; i < deletes.Count; i++)
            {
                try
                {
                    if (deletes[i] is not BsonDocument statement)
                    {
                        throw CommandArguments.WrongType("delete", "deletes", deletes[i], "'object'");
                    }

                    var query = CommandArguments.GetDocument(statement, "delete.deletes", "q")
                        ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'delete.deletes.q' is missing but a required field");
                    var limit = CommandArguments.GetInt64(statement, "delete.deletes", "limit")
                        ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'delete.deletes.limit' is missing but a required field");
                    if (limit is not (0 or 1))
                    {
                        throw new MongoServerException(ErrorCodes.FailedToParse, $"The limit field in delete objects must be 0 or 1. Got {limit}");
                    }

                    var filter = QueryFilter.Parse(query, QueryHelpers.CreateQueryContext(context, let, collection, statement.GetValue("collation", null)));
                    var matches = QueryHelpers.Matches(collection, filter, QueryHelpers.GetHint(statement), null);
                    if (limit == 1)
                    {
                        matches = matches.Take(1);
                    }

                    foreach (var (record, _) in matches.ToList())
                    {
                        collection = collection!.Delete(record);
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

            return n;
        });

        var reply = new BsonDocument("n", (int)deleted);
        if (writeErrors.Count > 0)
        {
            reply.Add("writeErrors", writeErrors);
        }

        return Replies.Ok(reply);
    }
}
