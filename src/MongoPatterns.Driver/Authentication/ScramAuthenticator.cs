using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Authentication;

/// <summary>
/// SCRAM-SHA-1 or SCRAM-SHA-256 over <c>saslStart</c>/<c>saslContinue</c>, with <c>skipEmptyExchange</c> and
/// speculative authentication (the <c>saslStart</c> travels inside the handshake).
/// </summary>
internal sealed class ScramAuthenticator : IAuthenticator
{
    private readonly string _username;
    private readonly string _source;
    private readonly ScramConversation _conversation;
    private bool _speculated;

    /// <summary>Creates an authenticator for one connection.</summary>
    public ScramAuthenticator(ScramAlgorithm algorithm, string username, string password, string source)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(source);
        _username = username;
        _source = source;
        MechanismName = algorithm == ScramAlgorithm.Sha1 ? AuthenticationMechanismNames.ScramSha1 : AuthenticationMechanismNames.ScramSha256;
        _conversation = algorithm == ScramAlgorithm.Sha1
            ? ScramMechanism.StartSha1(username, password)
            : ScramMechanism.StartSha256(username, password);
    }

    /// <inheritdoc />
    public string MechanismName { get; }

    /// <inheritdoc />
    public void CustomizeHandshake(BsonDocument hello)
    {
        ArgumentNullException.ThrowIfNull(hello);
        var start = CreateSaslStart();
        start.Add("db", _source);
        hello.Set("speculativeAuthenticate", start);
        _speculated = true;
    }

    /// <inheritdoc />
    public async Task AuthenticateAsync(IAuthenticationChannel channel, ServerDescription description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(description);
        try
        {
            var reply = _speculated && description.SpeculativeAuthenticate is { } speculative
                ? speculative
                : await channel.RunCommandAsync(_source, CreateSaslStart(), cancellationToken).ConfigureAwait(false);
            await ContinueAsync(channel, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is MongoCommandException or MongoAuthenticationException or FormatException)
        {
            throw AuthenticationFailures.Wrap(exception, MechanismName, _username, _source);
        }
    }

    private BsonDocument CreateSaslStart() => new()
    {
        { "saslStart", 1 },
        { "mechanism", MechanismName },
        { "payload", new BsonBinaryData(Encoding.UTF8.GetBytes(_conversation.GetClientFirstMessage())) },
        { "options", new BsonDocument("skipEmptyExchange", true) },
    };

    private async Task ContinueAsync(IAuthenticationChannel channel, BsonDocument serverFirst, CancellationToken cancellationToken)
    {
        var conversationId = serverFirst["conversationId"];
        var clientFinal = _conversation.ProcessServerFirstMessage(ReadPayload(serverFirst));
        var serverFinal = await channel.RunCommandAsync(_source, SaslContinue(conversationId, Encoding.UTF8.GetBytes(clientFinal)), cancellationToken).ConfigureAwait(false);
        _conversation.ValidateServerFinalMessage(ReadPayload(serverFinal));

        // Servers that ignore skipEmptyExchange want one more, empty, round before saying done.
        var done = serverFinal.TryGetValue("done", out var doneValue) && doneValue.ToBoolean();
        for (var round = 0; !done && round < 2; round++)
        {
            var reply = await channel.RunCommandAsync(_source, SaslContinue(conversationId, []), cancellationToken).ConfigureAwait(false);
            done = reply.TryGetValue("done", out doneValue) && doneValue.ToBoolean();
        }

        if (!done)
        {
            throw new MongoAuthenticationException("SCRAM authentication failed: the server did not complete the conversation.");
        }
    }

    private static BsonDocument SaslContinue(BsonValue conversationId, byte[] payload) => new()
    {
        { "saslContinue", 1 },
        { "conversationId", conversationId },
        { "payload", new BsonBinaryData(payload) },
    };

    private static string ReadPayload(BsonDocument reply)
    {
        if (!reply.TryGetValue("payload", out var payload))
        {
            throw new MongoAuthenticationException("SCRAM authentication failed: the server reply has no payload.");
        }

        return payload switch
        {
            BsonBinaryData binary => Encoding.UTF8.GetString(binary.Bytes.Span),
            BsonString text => text.Value,
            _ => throw new MongoAuthenticationException("SCRAM authentication failed: the server payload is neither binary nor a string."),
        };
    }
}
