using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Core.Clusters;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// Runs a user-supplied command (Run Command specification): the driver adds <c>$db</c>, <c>lsid</c>,
/// <c>$clusterTime</c> and <c>$readPreference</c> but never a read or write concern.
/// </summary>
/// <typeparam name="TResult">The reply type.</typeparam>
internal sealed class RunCommandOperation<TResult>(string databaseName, BsonDocument command, ReadPreference readPreference, IBsonSerializer<TResult> resultSerializer)
    : IOperation<TResult>
{
    /// <inheritdoc />
    public async Task<TResult> ExecuteAsync(OperationContext context)
    {
        // The caller's document is not changed: the driver's fields go into a copy.
        var body = new BsonDocument(command.Elements);
        await using var channel = await context.Client.GetChannelAsync(ServerSelector.ForRead(readPreference), context).ConfigureAwait(false);
        using var result = await channel.RunAsync(new CommandRequest(databaseName, body) { ReadPreference = readPreference }, context).ConfigureAwait(false);
        var reader = new BsonBinaryReader(result.Body);
        return resultSerializer.Deserialize(ref reader, BsonType.Document);
    }
}
