using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Authentication;

/// <summary>MONGODB-X509: the server authenticates the client certificate presented in the TLS handshake.</summary>
internal sealed class X509Authenticator : IAuthenticator
{
    private const string ExternalDatabase = "$external";
    private readonly string? _username;
    private bool _speculated;

    /// <summary>Creates an authenticator for one connection.</summary>
    /// <param name="username">The certificate subject, or <see langword="null"/> to let the server take it from the certificate.</param>
    public X509Authenticator(string? username) => _username = username;

    /// <inheritdoc />
    public string MechanismName => AuthenticationMechanismNames.MongoDBX509;

    /// <inheritdoc />
    public void CustomizeHandshake(BsonDocument hello)
    {
        ArgumentNullException.ThrowIfNull(hello);
        var command = CreateCommand();
        command.Add("db", ExternalDatabase);
        hello.Set("speculativeAuthenticate", command);
        _speculated = true;
    }

    /// <inheritdoc />
    public async Task AuthenticateAsync(IAuthenticationChannel channel, ServerDescription description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(description);
        if (_speculated && description.SpeculativeAuthenticate is not null)
        {
            return;
        }

        try
        {
            await channel.RunCommandAsync(ExternalDatabase, CreateCommand(), cancellationToken).ConfigureAwait(false);
        }
        catch (MongoCommandException exception)
        {
            throw AuthenticationFailures.Wrap(exception, MechanismName, _username, ExternalDatabase);
        }
    }

    private BsonDocument CreateCommand()
    {
        var command = new BsonDocument { { "authenticate", 1 }, { "mechanism", MechanismName } };
        if (_username is not null)
        {
            command.Add("user", _username);
        }

        return command;
    }
}
