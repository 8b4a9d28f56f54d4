using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Authentication;

/// <summary>
/// Authenticates one connection (Driver Authentication specification). A new instance is made for every connection,
/// because the first step may travel inside the handshake (speculative authentication).
/// </summary>
internal interface IAuthenticator
{
    /// <summary>Gets the mechanism name, for messages.</summary>
    string MechanismName { get; }

    /// <summary>Adds what the mechanism wants to the handshake: <c>saslSupportedMechs</c> and/or <c>speculativeAuthenticate</c>.</summary>
    /// <param name="hello">The handshake command being built.</param>
    void CustomizeHandshake(BsonDocument hello);

    /// <summary>Completes authentication after the handshake.</summary>
    /// <param name="channel">The connection.</param>
    /// <param name="description">The handshake reply, with any speculative authentication reply and supported mechanisms.</param>
    /// <param name="cancellationToken">Cancels authentication.</param>
    /// <exception cref="MongoAuthenticationException">The server rejected the credential or could not be verified.</exception>
    Task AuthenticateAsync(IAuthenticationChannel channel, ServerDescription description, CancellationToken cancellationToken);
}
