using MongoPatterns.Bson;
using MongoPatterns.Embedded.Auth;

namespace MongoPatterns.Embedded.Commands;

/// <summary>What the server knows about one client connection: identity, authentication and handshake state.</summary>
internal sealed class ConnectionInfo
{
    /// <summary>Creates the state of a new connection.</summary>
    /// <param name="id">The connection id (<c>connectionId</c> in hello).</param>
    /// <param name="remoteAddress">The client's address (<c>host:port</c>).</param>
    public ConnectionInfo(long id, string remoteAddress)
    {
        Id = id;
        RemoteAddress = remoteAddress;
    }

    /// <summary>Gets the connection id.</summary>
    public long Id { get; }

    /// <summary>Gets the client's address.</summary>
    public string RemoteAddress { get; }

    /// <summary>Gets or sets the authenticated user, or null.</summary>
    public EmbeddedUserCredential? AuthenticatedUser { get; set; }

    /// <summary>Gets or sets the SASL conversation in progress, or null.</summary>
    public ScramServerConversation? Conversation { get; set; }

    /// <summary>Gets or sets the client metadata sent in the first hello.</summary>
    public BsonDocument? ClientMetadata { get; set; }

    /// <summary>Gets or sets a value indicating whether the handshake (first hello) happened.</summary>
    public bool HandshakeDone { get; set; }
}
