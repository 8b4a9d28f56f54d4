using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>getMore</c>: the next batch of an open cursor.</summary>
internal sealed class GetMoreCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["getMore"];

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        if (context.CommandValue is not BsonInt64 { Value: var id })
        {
            throw CommandArguments.WrongType("getMore", "getMore", context.CommandValue, "'long'");
        }

        var collection = CommandArguments.GetString(command, "getMore", "collection")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'getMore.collection' is missing but a required field");
        var batchSize = CommandArguments.GetInt64(command, "getMore", "batchSize");
        if (batchSize < 0)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "BatchSize must be greater than or equal to 0");
        }

        if (CommandArguments.GetNonNegative(command, "getMore", "maxTimeMS") is not null)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "cannot set maxTimeMS on getMore command for a non-awaitData cursor");
        }
        var registry = context.Services.Cursors;
        var cursor = registry.CheckOut(id);
        var exhausted = false;
        try
        {
            if (cursor.Database != context.Database || cursor.Collection != collection)
            {
                throw new MongoServerException(
                    ErrorCodes.Unauthorized,
                    $"Requested getMore on namespace '{context.Database}.{collection}', but cursor belongs to a different namespace {cursor.Namespace}");
            }

            var batch = cursor.NextBatch((int)Math.Min(batchSize ?? 0, int.MaxValue), WireLimits.MaxBsonObjectSize);
            exhausted = cursor.IsExhausted;
            return new CursorReply(exhausted ? 0 : id, cursor.Namespace, false, batch);
        }
        catch (MongoServerException exception) when (exception.Code != ErrorCodes.Unauthorized)
        {
            exhausted = true; // a failing cursor is closed, like MongoDB's
            throw;
        }
        finally
        {
            registry.Return(cursor, exhausted);
        }
    }
}
