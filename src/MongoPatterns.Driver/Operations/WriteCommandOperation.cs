using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// A command that changes the catalog (create, drop, renameCollection, dropDatabase, createIndexes, dropIndexes): sent to
/// a writable server with the write concern; a write concern error raises <see cref="MongoWriteConcernException"/>.
/// </summary>
internal sealed class WriteCommandOperation : IOperation<BsonDocument>
{
    private readonly string _databaseName;
    private readonly BsonDocument _command;
    private readonly WriteConcern _writeConcern;

    /// <summary>Creates the operation.</summary>
    public WriteCommandOperation(string databaseName, BsonDocument command, WriteConcern writeConcern)
    {
        _databaseName = databaseName;
        _command = command;
        _writeConcern = writeConcern;
    }

    /// <summary>Gets or sets the collection targeted (for tracing).</summary>
    public string? CollectionName { get; init; }

    /// <summary>Gets or sets server error codes that mean "nothing to do" and are not raised (e.g. NamespaceNotFound for drop).</summary>
    public IReadOnlyList<int> IgnoredErrorCodes { get; init; } = [];

    /// <inheritdoc />
    public async Task<BsonDocument> ExecuteAsync(OperationContext context)
    {
        _command.AddWriteConcern(_writeConcern);
        await using var channel = await context.Client.GetChannelAsync(ServerSelector.Write, context).ConfigureAwait(false);
        try
        {
            using var result = await channel.RunAsync(new CommandRequest(_databaseName, _command) { CollectionName = CollectionName }, context).ConfigureAwait(false);
            var reply = result.Document;
            if (CommandErrors.ReadWriteConcernError(reply) is { } writeConcernError)
            {
                throw new MongoWriteConcernException(channel.Server.Address, _command.GetElement(0).Name, writeConcernError, reply);
            }

            return reply;
        }
        catch (MongoCommandException exception) when (exception is not MongoWriteConcernException && IgnoredErrorCodes.Contains(exception.Code))
        {
            return new BsonDocument("ok", 1);
        }
    }
}
