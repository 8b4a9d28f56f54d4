using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Authentication;

/// <summary>SASL PLAIN (RFC 4616), used for LDAP users; sends the password as is, so use it over TLS only.</summary>
internal sealed class PlainAuthenticator : IAuthenticator
{
    private readonly string _username;
    private readonly string _password;
    private readonly string _source;

    /// <summary>Creates an authenticator for one connection.</summary>
    public PlainAuthenticator(string username, string password, string source)
    {
        _username = username;
        _password = password;
        _source = source;
    }

    /// <inheritdoc />
    public string MechanismName => AuthenticationMechanismNames.Plain;

    /// <inheritdoc />
    public void CustomizeHandshake(BsonDocument hello)
    {
    }

    /// <inheritdoc />
    public async Task AuthenticateAsync(IAuthenticationChannel channel, ServerDescription description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var command = new BsonDocument
        {
            { "saslStart", 1 },
            { "mechanism", MechanismName },
            { "payload", new BsonBinaryData(Encoding.UTF8.GetBytes("\0" + _username + "\0" + _password)) },
            { "autoAuthorize", 1 },
        };
        try
        {
            await channel.RunCommandAsync(_source, command, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoCommandException exception)
        {
            throw AuthenticationFailures.Wrap(exception, MechanismName, _username, _source);
        }
    }
}
