namespace MongoPatterns.Embedded.Tests.Support;

/// <summary>A server with authentication enabled: users ann/s3cret (admin) and app/pässwörd (appdb).</summary>
public sealed class AuthServerFixture : EmbeddedMongoFixture
{
    /// <summary>Starts the server.</summary>
    public AuthServerFixture()
        : base(new EmbeddedMongoOptions { Users = [new EmbeddedMongoUser("ann", "s3cret"), new EmbeddedMongoUser("app", "pässwörd", "appdb")] })
    {
    }
}
