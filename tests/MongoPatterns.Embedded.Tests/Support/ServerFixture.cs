namespace MongoPatterns.Embedded.Tests.Support;

/// <summary>One embedded server shared by the tests of a class; each test uses its own database.</summary>
public sealed class ServerFixture : EmbeddedMongoFixture
{
    /// <summary>Connects a raw test client.</summary>
    public Task<WireTestClient> ConnectAsync() => WireTestClient.ConnectAsync(Server);
}
