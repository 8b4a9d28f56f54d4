using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Fakes;

namespace MongoPatterns.Driver.Tests.Core.Connections;

/// <summary>What authentication puts into the handshake and how the mechanism is negotiated, seen by the scripted server.</summary>
public sealed class HandshakeAuthenticationTests
{
    [Fact]
    public async Task DefaultMechanism_AsksForSupportedMechanismsAndSpeculatesScramSha256()
    {
        await using var server = new FakeMongoServer();
        server.Handler = request => Task.FromResult(FakeReply.With(new BsonDocument { { "ok", 0 }, { "code", 18 }, { "codeName", "AuthenticationFailed" }, { "errmsg", "Authentication failed." } }));
        server.Hello.Set("saslSupportedMechs", new BsonArray { "SCRAM-SHA-1" });
        await using var client = new MongoClient(server.ConnectionString("serverSelectionTimeoutMS=2000").Replace("mongodb://", "mongodb://ada:lovelace@", StringComparison.Ordinal));

        var exception = await Assert.ThrowsAsync<MongoAuthenticationException>(() => client.GetDatabase("db").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1)));

        var handshake = server.Requests.Where(r => r.IsLegacyQuery).Last();
        Assert.Equal("admin.ada", handshake.Body["saslSupportedMechs"].AsString);
        var speculative = handshake.Body["speculativeAuthenticate"].AsBsonDocument;
        Assert.Equal("SCRAM-SHA-256", speculative["mechanism"].AsString);
        Assert.Equal("admin", speculative["db"].AsString);
        Assert.True(speculative["options"]["skipEmptyExchange"].AsBoolean);
        Assert.StartsWith("n,,n=ada,r=", Encoding.UTF8.GetString(speculative["payload"].AsBsonBinaryData.Bytes.Span), StringComparison.Ordinal);

        // The server did not answer the speculation and only offers SCRAM-SHA-1, so the driver falls back to it.
        var saslStart = server.Commands("saslStart").Last();
        Assert.Equal("SCRAM-SHA-1", saslStart.Body["mechanism"].AsString);
        Assert.Equal("admin", saslStart.Body["$db"].AsString);
        Assert.True(exception.Message.Contains("SCRAM-SHA-1", StringComparison.Ordinal), exception.Message);
        Assert.Contains("the server rejected the credential (code 18, AuthenticationFailed)", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lovelace", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task X509_SpeculatesAuthenticateOnExternal()
    {
        using var certificates = new TestCertificates();
        await using var server = new FakeMongoServer(certificate: certificates.LocalServer);
        server.Hello.Set("speculativeAuthenticate", new BsonDocument("dbname", "$external"));
        var connectionString = server.ConnectionString($"tls=true&tlsCAFile={Uri.EscapeDataString(certificates.AuthorityFile)}&tlsCertificateKeyFile={Uri.EscapeDataString(certificates.ClientFile)}&authMechanism=MONGODB-X509");
        await using var client = new MongoClient(connectionString);

        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));

        var handshake = server.Requests.Where(r => r.IsLegacyQuery).Last();
        Assert.Equal(new BsonDocument { { "authenticate", 1 }, { "mechanism", "MONGODB-X509" }, { "db", "$external" } }, handshake.Body["speculativeAuthenticate"]);
        Assert.Empty(server.Commands("authenticate"));
    }

    [Fact]
    public void X509_WithoutTls_IsAConfigurationError() =>
        Assert.Throws<MongoConfigurationException>(() => new MongoClient("mongodb://localhost/?authMechanism=MONGODB-X509"));

    [Fact]
    public async Task Monitoring_Connections_DoNotAuthenticate()
    {
        await using var server = new FakeMongoServer();
        await using var client = new MongoClient(server.ConnectionString("serverSelectionTimeoutMS=1500").Replace("mongodb://", "mongodb://ada:lovelace@", StringComparison.Ordinal));

        for (var wait = 0; wait < 100 && !server.Requests.Any(r => r.IsLegacyQuery); wait++)
        {
            await Task.Delay(50);
        }

        var handshakes = server.Requests.Where(r => r.IsLegacyQuery).ToList();
        Assert.NotEmpty(handshakes);
        Assert.All(handshakes, handshake => Assert.False(handshake.Body.Contains("speculativeAuthenticate")));
    }
}
