using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Fakes;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>SCRAM authentication against the embedded server: negotiation, speculative authentication, failures.</summary>
public sealed class AuthenticationTests(AuthenticatedServerFixture fixture) : IClassFixture<AuthenticatedServerFixture>
{
    private static readonly BsonDocument Ping = new("ping", 1);

    [Fact]
    public async Task DefaultMechanism_NegotiatesAndAuthenticatesSpeculatively()
    {
        var events = new EventCollector();
        await using var client = new MongoClient(fixture.ConnectionStringFor("admin-user", AuthenticatedServerFixture.Password), new MongoClientOptions { EventSubscriber = events });

        await client.GetDatabase("db").GetCollection<BsonDocument>("c").InsertOneAsync(new BsonDocument("a", 1));

        Assert.Empty(events.Started("saslStart"));
        Assert.Empty(events.Started("saslContinue"));
        Assert.Single(events.Started("insert"));
    }

    [Theory]
    [InlineData("SCRAM-SHA-1")]
    [InlineData("SCRAM-SHA-256")]
    public async Task ExplicitMechanism_Authenticates(string mechanism)
    {
        await using var client = new MongoClient(fixture.ConnectionStringFor("admin-user", AuthenticatedServerFixture.Password, "authMechanism=" + mechanism));

        var reply = await client.GetDatabase("db").RunCommandAsync<BsonDocument>(new BsonDocument("connectionStatus", 1));

        Assert.Equal(1, reply["ok"].ToInt32());
    }

    [Fact]
    public async Task UserInAnotherDatabase_AuthenticatesWithAuthSource()
    {
        await using var client = new MongoClient(fixture.ConnectionStringFor("app-user", AuthenticatedServerFixture.Password, "authSource=app"));

        var reply = await client.GetDatabase("app").RunCommandAsync<BsonDocument>(Ping);

        Assert.Equal(1, reply["ok"].ToInt32());
    }

    [Fact]
    public async Task WrongPassword_ThrowsAuthenticationExceptionWithoutThePassword()
    {
        const string wrong = "not-the-password-42";
        await using var client = new MongoClient(fixture.ConnectionStringFor("admin-user", wrong, "serverSelectionTimeoutMS=3000"));

        var exception = await Assert.ThrowsAsync<MongoAuthenticationException>(() => client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping));

        Assert.Contains("admin-user", exception.Message, StringComparison.Ordinal);
        Assert.Contains("authSource", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AuthenticatedServerFixture.Password, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredential_OnAnAuthenticatedServer_ThrowsUnauthorized()
    {
        await using var client = new MongoClient(fixture.ConnectionString);

        var exception = await Assert.ThrowsAsync<MongoCommandException>(() => client.GetDatabase("db").GetCollection<BsonDocument>("c").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync());

        Assert.Equal(13, exception.Code);
    }

    [Fact]
    public async Task SensitiveCommands_RunByTheUser_AreRedactedInEvents()
    {
        var events = new EventCollector();
        await using var client = new MongoClient(fixture.ConnectionStringFor("admin-user", AuthenticatedServerFixture.Password), new MongoClientOptions { EventSubscriber = events });
        var admin = client.GetDatabase("admin");

        await Assert.ThrowsAsync<MongoCommandException>(() => admin.RunCommandAsync<BsonDocument>(new BsonDocument { { "saslStart", 1 }, { "mechanism", "SCRAM-SHA-256" }, { "payload", new BsonBinaryData([1, 2, 3]) } }));
        await admin.RunCommandAsync<BsonDocument>(new BsonDocument { { "hello", 1 }, { "speculativeAuthenticate", new BsonDocument("saslStart", 1) } });

        var saslStart = events.Started("saslStart").Single();
        Assert.Equal(0, saslStart.Command.ElementCount);
        var failed = events.OfType<CommandFailedEvent>().Single(e => e.CommandName == "saslStart");
        var failure = Assert.IsAssignableFrom<MongoCommandException>(failed.Failure);
        Assert.Null(failure.Result);
        Assert.Equal("(redacted)", failure.ErrorMessage);
        Assert.Equal(0, events.Started("hello").Single().Command.ElementCount);
        Assert.Equal(0, events.OfType<CommandSucceededEvent>().Single(e => e.CommandName == "hello").Reply.ElementCount);
    }
}
