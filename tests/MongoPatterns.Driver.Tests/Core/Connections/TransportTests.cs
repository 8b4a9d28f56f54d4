using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Fakes;

namespace MongoPatterns.Driver.Tests.Core.Connections;

/// <summary>TLS (trust, host names, client certificates) and Unix domain sockets against the scripted server.</summary>
public sealed class TransportTests(TestCertificates certificates) : IClassFixture<TestCertificates>
{
    private static readonly BsonDocument Ping = new("ping", 1);

    [Fact]
    public async Task Tls_WithTheCAFile_ConnectsAndVerifiesTheServer()
    {
        await using var server = new FakeMongoServer(certificate: certificates.LocalServer);
        await using var client = new MongoClient(server.ConnectionString($"tls=true&tlsCAFile={Uri.EscapeDataString(certificates.AuthorityFile)}"));

        var reply = await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        Assert.Equal(1, reply["ok"].ToInt32());
    }

    [Fact]
    public async Task Tls_UntrustedServerCertificate_FailsWithATlsHint()
    {
        await using var server = new FakeMongoServer(certificate: certificates.LocalServer);
        await using var client = new MongoClient(server.ConnectionString("tls=true&serverSelectionTimeoutMS=5000"));

        var exception = await Assert.ThrowsAsync<MongoTimeoutException>(() => client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping));

        Assert.Contains("TLS options", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_AllowInvalidCertificates_AcceptsAnUntrustedServer()
    {
        await using var server = new FakeMongoServer(certificate: certificates.LocalServer);
        await using var client = new MongoClient(server.ConnectionString("tls=true&tlsAllowInvalidCertificates=true"));

        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);
    }

    [Fact]
    public async Task Tls_CertificateForAnotherHost_IsRejectedUnlessHostnamesMayBeInvalid()
    {
        await using var server = new FakeMongoServer(certificate: certificates.OtherHostServer);
        var ca = Uri.EscapeDataString(certificates.AuthorityFile);
        await using var strict = new MongoClient(server.ConnectionString($"tls=true&tlsCAFile={ca}&serverSelectionTimeoutMS=5000"));
        await using var lenient = new MongoClient(server.ConnectionString($"tls=true&tlsCAFile={ca}&tlsAllowInvalidHostnames=true"));

        await Assert.ThrowsAsync<MongoTimeoutException>(() => strict.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping));
        await lenient.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);
    }

    [Fact]
    public async Task Tls_CertificateKeyFile_PresentsTheClientCertificate()
    {
        await using var server = new FakeMongoServer(certificate: certificates.LocalServer);
        await using var client = new MongoClient(server.ConnectionString($"tls=true&tlsCAFile={Uri.EscapeDataString(certificates.AuthorityFile)}&tlsCertificateKeyFile={Uri.EscapeDataString(certificates.ClientFile)}"));

        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        Assert.Contains("CN=app-client, O=MongoPatterns", server.ClientCertificateSubjects);
    }

    [Fact]
    public void Tls_MissingCAFile_IsAConfigurationError() =>
        Assert.Throws<MongoConfigurationException>(() => new MongoClient("mongodb://localhost/?tls=true&tlsCAFile=/no/such/ca.pem"));

    [SkippableFact]
    public async Task UnixDomainSocket_ConnectsToThePath()
    {
        Skip.IfNot(System.Net.Sockets.Socket.OSSupportsUnixDomainSockets, "skipped: Unix domain sockets are not supported here");
        var path = Path.Combine(Path.GetTempPath(), $"mp-{Guid.NewGuid():N}.sock");
        await using var server = new FakeMongoServer(unixSocketPath: path);
        var events = new EventCollector();
        await using var client = new MongoClient(server.ConnectionString(), new MongoClientOptions { EventSubscriber = events });

        await client.GetDatabase("db").RunCommandAsync<BsonDocument>(Ping);

        var started = events.Started("ping").Single();
        Assert.Equal(MongoHostType.UnixDomainSocket, started.ServerAddress.HostType);
        Assert.Equal(path, started.ServerAddress.Host);
    }
}
