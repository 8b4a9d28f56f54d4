namespace MongoPatterns.Driver.Authentication;

/// <summary>Chooses the authenticator for a credential; checked once when the client is created.</summary>
internal sealed class AuthenticatorFactory
{
    private readonly MongoCredential _credential;
    private readonly string _source;

    private AuthenticatorFactory(MongoCredential credential, string source)
    {
        _credential = credential;
        _source = source;
    }

    /// <summary>Returns the factory for the settings' credential, or <see langword="null"/> when there is none.</summary>
    /// <exception cref="NotSupportedException">The mechanism is not implemented.</exception>
    /// <exception cref="MongoConfigurationException">The credential cannot work with these settings.</exception>
    public static AuthenticatorFactory? Create(MongoClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Credential is not { } credential)
        {
            return null;
        }

        switch (credential.Mechanism)
        {
            case null or AuthenticationMechanismNames.ScramSha1 or AuthenticationMechanismNames.ScramSha256 or AuthenticationMechanismNames.Plain:
                if (credential.Username is null || credential.Password is null)
                {
                    throw new MongoConfigurationException($"Authentication with {credential.Mechanism ?? "SCRAM"} needs a user name and a password.");
                }

                break;
            case AuthenticationMechanismNames.MongoDBX509:
                if (!settings.UseTls || settings.TlsCertificateKeyFile is null)
                {
                    throw new MongoConfigurationException("MONGODB-X509 authentication needs TLS with a client certificate: set tls=true and tlsCertificateKeyFile.");
                }

                break;
            default:
                throw new NotSupportedException(
                    $"The authentication mechanism {credential.Mechanism} is not supported by MongoPatterns.Driver yet; "
                    + "use SCRAM-SHA-256, SCRAM-SHA-1, MONGODB-X509 or PLAIN.");
        }

        return new AuthenticatorFactory(credential, credential.ResolveSource(settings.DatabaseName));
    }

    /// <summary>Creates the authenticator of one new connection.</summary>
    public IAuthenticator Create() => _credential.Mechanism switch
    {
        null => new DefaultAuthenticator(_credential.Username!, _credential.Password!, _source),
        AuthenticationMechanismNames.ScramSha1 => new ScramAuthenticator(ScramAlgorithm.Sha1, _credential.Username!, _credential.Password!, _source),
        AuthenticationMechanismNames.ScramSha256 => new ScramAuthenticator(ScramAlgorithm.Sha256, _credential.Username!, _credential.Password!, _source),
        AuthenticationMechanismNames.Plain => new PlainAuthenticator(_credential.Username!, _credential.Password!, _source),
        _ => new X509Authenticator(_credential.Username),
    };
}
