using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Auth;

public class AuthenticationTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    [Theory]
    [InlineData("SCRAM-SHA-256", false)]
    [InlineData("SCRAM-SHA-256", true)]
    [InlineData("SCRAM-SHA-1", false)]
    public async Task Scram_CorrectPassword_Authenticates(string mechanism, bool skipEmptyExchange)
    {
        await using var client = await WireTestClient.ConnectAsync(fixture.Server);

        var reply = await ScramTestClient.AuthenticateAsync(client, "ann", "s3cret", mechanism, skipEmptyExchange: skipEmptyExchange);
        var status = await client.RunAsync(new BsonDocument("connectionStatus", 1));
        var insert = await client.RunAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument() } } }, "db");

        Assert.True(reply["done"].AsBoolean);
        Assert.Equal(new BsonArray { new BsonDocument { { "user", "ann" }, { "db", "admin" } } }, status["authInfo"]["authenticatedUsers"]);
        Assert.Equal(1, insert["n"].AsInt32);
    }

    [Fact]
    public async Task Scram_NonAsciiPasswordOnOtherDatabase_Authenticates()
    {
        await using var client = await WireTestClient.ConnectAsync(fixture.Server);

        var reply = await ScramTestClient.AuthenticateAsync(client, "app", "pässwörd", "SCRAM-SHA-256", "appdb");

        Assert.Equal(1.0, reply["ok"].AsDouble);
    }

    [Fact]
    public async Task Scram_WrongPassword_FailsWithAuthenticationFailed()
    {
        await using var client = await WireTestClient.ConnectAsync(fixture.Server);

        var reply = await ScramTestClient.AuthenticateAsync(client, "ann", "wrong", "SCRAM-SHA-256");

        Assert.Equal(18, reply["code"].AsInt32);
        Assert.Equal("AuthenticationFailed", reply["codeName"].AsString);
    }

    [Fact]
    public async Task Scram_UnknownUser_FailsWithAuthenticationFailed()
    {
        await using var client = await WireTestClient.ConnectAsync(fixture.Server);

        var reply = await ScramTestClient.AuthenticateAsync(client, "nobody", "x", "SCRAM-SHA-1");

        Assert.Equal(18, reply["code"].AsInt32);
    }

    [Fact]
    public async Task UnsupportedMechanism_FailsWithMechanismUnavailable()
    {
        await using var client = await WireTestClient.ConnectAsync(fixture.Server);

        var reply = await client.RunAsync(new BsonDocument { { "saslStart", 1 }, { "mechanism", "PLAIN" }, { "payload", new BsonBinaryData([]) } });

        Assert.Equal(334, reply["code"].AsInt32);
    }

    [Fact]
    public async Task Unauthenticated_CommandsRequiringAuth_FailWithUnauthorized()
    {
        await using var client = await WireTestClient.ConnectAsync(fixture.Server);

        var find = await client.RunAsync(new BsonDocument("find", "c"), "db");
        var hello = await client.RunAsync(new BsonDocument("hello", 1));
        var ping = await client.RunAsync(new BsonDocument("ping", 1));
        var buildInfo = await client.RunAsync(new BsonDocument("buildInfo", 1));

        Assert.Equal(13, find["code"].AsInt32);
        Assert.Equal("Unauthorized", find["codeName"].AsString);
        Assert.Equal("Command find requires authentication", find["errmsg"].AsString);
        Assert.Equal(1.0, hello["ok"].AsDouble);
        Assert.Equal(1.0, ping["ok"].AsDouble);
        Assert.Equal(1.0, buildInfo["ok"].AsDouble);
    }

    [Fact]
    public async Task Hello_SaslSupportedMechs_ListsTheUsersMechanisms()
    {
        await using var client = await WireTestClient.ConnectAsync(fixture.Server);

        var known = await client.RunAsync(new BsonDocument { { "hello", 1 }, { "saslSupportedMechs", "admin.ann" } });
        var unknown = await client.RunAsync(new BsonDocument { { "hello", 1 }, { "saslSupportedMechs", "admin.nobody" } });

        Assert.Equal(new BsonArray { "SCRAM-SHA-1", "SCRAM-SHA-256" }, known["saslSupportedMechs"]);
        Assert.False(unknown.Contains("saslSupportedMechs"));
    }

    [Fact]
    public async Task Hello_SpeculativeAuthenticate_StartsTheConversation()
    {
        await using var client = await WireTestClient.ConnectAsync(fixture.Server);
        var payload = System.Text.Encoding.UTF8.GetBytes("n,,n=ann,r=abcdefghijklmnop");

        var reply = await client.RunAsync(new BsonDocument
        {
            { "hello", 1 },
            { "speculativeAuthenticate", new BsonDocument { { "saslStart", 1 }, { "mechanism", "SCRAM-SHA-256" }, { "payload", new BsonBinaryData(payload) }, { "db", "admin" } } },
        });

        var speculative = reply["speculativeAuthenticate"].AsBsonDocument;
        Assert.Equal(1, speculative["conversationId"].AsInt32);
        Assert.False(speculative["done"].AsBoolean);
        Assert.StartsWith("r=abcdefghijklmnop", System.Text.Encoding.UTF8.GetString(speculative["payload"].AsBsonBinaryData.Bytes.Span), StringComparison.Ordinal);
    }
}
