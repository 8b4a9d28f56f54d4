using MongoPatterns.Bson;
using MongoPatterns.Driver.Authentication;

namespace MongoPatterns.Driver.Core.Connections;

/// <summary>What every connection of a client shares, prepared once: timeouts, TLS, handshake metadata and authentication.</summary>
internal sealed class ConnectionSettings
{
    /// <summary>Prepares the connection settings of a client.</summary>
    /// <exception cref="MongoConfigurationException">A TLS file cannot be read or the credential does not fit.</exception>
    /// <exception cref="NotSupportedException">The authentication mechanism is not implemented.</exception>
    public ConnectionSettings(MongoClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ConnectTimeout = settings.ConnectTimeout;
        SocketTimeout = settings.SocketTimeout;
        Tls = TlsConfiguration.Create(settings);
        ClientMetadata = Connections.ClientMetadata.Create(settings.ApplicationName);
        Authenticators = AuthenticatorFactory.Create(settings);
    }

    private ConnectionSettings(ConnectionSettings other, TimeSpan socketTimeout)
    {
        ConnectTimeout = other.ConnectTimeout;
        SocketTimeout = socketTimeout;
        Tls = other.Tls;
        ClientMetadata = other.ClientMetadata;
        Authenticators = other.Authenticators;
    }

    /// <summary>Gets the connect timeout (zero for none).</summary>
    public TimeSpan ConnectTimeout { get; }

    /// <summary>Gets the socket read/write timeout (zero for none).</summary>
    public TimeSpan SocketTimeout { get; }

    /// <summary>Gets the TLS configuration, or <see langword="null"/> for plain connections.</summary>
    public TlsConfiguration? Tls { get; }

    /// <summary>Gets the handshake <c>client</c> document.</summary>
    public BsonDocument ClientMetadata { get; }

    /// <summary>Gets the authenticator factory, or <see langword="null"/> when there is no credential.</summary>
    public AuthenticatorFactory? Authenticators { get; }

    /// <summary>
    /// Returns the settings of monitoring connections: their reads are bounded by the connect timeout (10 seconds when
    /// none is set), as the SDAM specification asks of polling monitors.
    /// </summary>
    public ConnectionSettings ForMonitoring() =>
        new(this, ConnectTimeout > TimeSpan.Zero ? ConnectTimeout : TimeSpan.FromSeconds(10));
}
