using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Authentication;

/// <summary>
/// The mechanism negotiation used when no mechanism is configured: the handshake asks for <c>saslSupportedMechs</c>
/// and speculatively starts SCRAM-SHA-256; SCRAM-SHA-256 is used when the user supports it, otherwise SCRAM-SHA-1.
/// </summary>
internal sealed class DefaultAuthenticator : IAuthenticator
{
    private readonly string _username;
    private readonly string _password;
    private readonly string _source;
    private readonly ScramAuthenticator _sha256;

    /// <summary>Creates an authenticator for one connection.</summary>
    public DefaultAuthenticator(string username, string password, string source)
    {
        _username = username;
        _password = password;
        _source = source;
        _sha256 = new ScramAuthenticator(ScramAlgorithm.Sha256, username, password, source);
    }

    /// <inheritdoc />
    public string MechanismName => AuthenticationMechanismNames.Default;

    /// <inheritdoc />
    public void CustomizeHandshake(BsonDocument hello)
    {
        ArgumentNullException.ThrowIfNull(hello);
        hello.Set("saslSupportedMechs", _source + "." + _username);
        _sha256.CustomizeHandshake(hello);
    }

    /// <inheritdoc />
    public Task AuthenticateAsync(IAuthenticationChannel channel, ServerDescription description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(description);
        var useSha256 = description.SpeculativeAuthenticate is not null
            || (description.SaslSupportedMechs?.Contains(AuthenticationMechanismNames.ScramSha256, StringComparer.Ordinal) ?? false);
        var authenticator = useSha256 ? _sha256 : new ScramAuthenticator(ScramAlgorithm.Sha1, _username, _password, _source);
        return authenticator.AuthenticateAsync(channel, description, cancellationToken);
    }
}
