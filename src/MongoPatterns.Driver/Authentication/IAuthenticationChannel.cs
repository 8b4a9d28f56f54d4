using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Authentication;

/// <summary>What an authenticator needs from the connection it authenticates: running commands during the handshake.</summary>
internal interface IAuthenticationChannel
{
    /// <summary>Gets the server the connection goes to.</summary>
    MongoServerAddress ServerAddress { get; }

    /// <summary>
    /// Runs a command without monitoring (handshake commands are never published) and returns the reply.
    /// </summary>
    /// <exception cref="MongoCommandException">The reply is <c>ok: 0</c>; its <see cref="MongoCommandException.Result"/> is withheld.</exception>
    Task<BsonDocument> RunCommandAsync(string databaseName, BsonDocument command, CancellationToken cancellationToken);
}
