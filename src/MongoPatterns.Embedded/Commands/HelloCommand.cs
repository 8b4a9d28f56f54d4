using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// <c>hello</c>, <c>isMaster</c> and <c>ismaster</c>: the handshake of a writable standalone, or of the primary of a
/// single-member replica set (<c>setName</c>, <c>hosts</c>, <c>primary</c>, <c>me</c>, <c>electionId</c>, <c>lastWrite</c>).
/// Supports awaitable hello (<c>topologyVersion</c> + <c>maxAwaitTimeMS</c>: the reply waits, since the topology never changes),
/// <c>saslSupportedMechs</c> and <c>speculativeAuthenticate</c>.
/// </summary>
internal sealed class HelloCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["hello", "isMaster", "ismaster"];

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <inheritdoc />
    public override async ValueTask<CommandReply> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var services = context.Services;
        if (command.TryGetValue("client", out var client))
        {
            if (context.Connection.HandshakeDone)
            {
                throw new MongoServerException(ErrorCodes.ClientMetadataCannotBeMutated, "The client metadata document may only be sent in the first hello");
            }

            context.Connection.ClientMetadata = client as BsonDocument;
        }

        if (command.TryGetValue("topologyVersion", out var tv) && tv is BsonDocument topologyVersion
            && CommandArguments.GetInt64(command, context.CommandName, "maxAwaitTimeMS") is { } maxAwait
            && topologyVersion.TryGetValue("processId", out var processId) && processId is BsonObjectId oid && oid.Value == services.ProcessId)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(maxAwait, 0, int.MaxValue)), services.TimeProvider, context.CancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Shutting down or disconnected: answer at once.
            }
        }

        context.Connection.HandshakeDone = true;
        var reply = new BsonDocument();
        if (context.CommandName == "hello")
        {
            reply.Add("isWritablePrimary", true);
        }
        else
        {
            reply.Add("ismaster", true);
        }

        reply.Add("topologyVersion", new BsonDocument { { "processId", services.ProcessId }, { "counter", 0L } });
        services.ReplicaSet?.AddHelloFields(reply, services.AdvertisedHostAndPort, services.ClusterTime, services.TimeProvider.GetUtcNow());
        reply.Add("maxBsonObjectSize", WireLimits.MaxBsonObjectSize);
        reply.Add("maxMessageSizeBytes", WireLimits.MaxMessageSizeBytes);
        reply.Add("maxWriteBatchSize", WireLimits.MaxWriteBatchSize);
        reply.Add("localTime", new BsonDateTime(services.TimeProvider.GetUtcNow()));
        reply.Add("logicalSessionTimeoutMinutes", ServerIdentity.LogicalSessionTimeoutMinutes);
        reply.Add("connectionId", (int)context.Connection.Id);
        reply.Add("minWireVersion", ServerIdentity.MinWireVersion);
        reply.Add("maxWireVersion", ServerIdentity.MaxWireVersion);
        reply.Add("readOnly", false);
        if (command.TryGetValue("helloOk", out var helloOk) && helloOk.ToBoolean())
        {
            reply.Add("helloOk", true);
        }

        if (command.TryGetValue("saslSupportedMechs", out var mechsValue) && mechsValue is BsonString userName
            && services.Users.Find(userName.Value) is { } user)
        {
            reply.Add("saslSupportedMechs", new BsonArray(user.Mechanisms.Select(m => (BsonValue)m)));
        }

        if (command.TryGetValue("speculativeAuthenticate", out var speculative) && speculative is BsonDocument speculativeCommand)
        {
            var result = SaslCommands.TrySpeculativeStart(context, speculativeCommand);
            if (result is not null)
            {
                reply.Add("speculativeAuthenticate", result);
            }
        }

        return Replies.Ok(reply);
    }
}
