using System.Diagnostics;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;
using Xunit.Abstractions;

namespace MongoPatterns.Embedded.Tests.Networking;

public class ServerLifecycleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Start_ToFirstHello_IsMeasured()
    {
        // Warm up the code paths once, then measure a fresh server (the target is <= 50 ms; not asserted).
        await using (var warm = EmbeddedMongo.Start())
        {
            await using var warmClient = await WireTestClient.ConnectAsync(warm);
            await warmClient.RunAsync(new BsonDocument("hello", 1));
        }

        var watch = Stopwatch.StartNew();
        await using var server = EmbeddedMongo.Start();
        await using var client = await WireTestClient.ConnectAsync(server);
        var reply = await client.RunAsync(new BsonDocument("hello", 1));
        watch.Stop();

        output.WriteLine($"start to first hello: {watch.Elapsed.TotalMilliseconds:0.0} ms");
        Assert.True(reply["isWritablePrimary"].AsBoolean);
    }

    [Fact]
    public async Task Connections_AreLoggedWhenOpenedAndClosed_AndProtocolErrorsAsWarnings()
    {
        var logs = new CapturingLoggerFactory();
        await using (var server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions { LoggerFactory = logs }))
        {
            await using (var client = await WireTestClient.ConnectAsync(server))
            {
                await client.RunAsync(new BsonDocument("ping", 1));
            }

            // The server notices the client's disconnect asynchronously; wait for it before shutting down.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!logs.Entries.Any(e => e.Message.Contains("closed: client disconnected", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            await using var bad = await WireTestClient.ConnectAsync(server);
            await bad.SendAsync(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
            Assert.True(await bad.IsClosedByServerAsync(TimeSpan.FromSeconds(5)));
        }

        var entries = logs.Entries.Where(e => e.Category == "MongoPatterns.Embedded.Connections").ToList();
        Assert.Contains(entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Information && e.Message.Contains("opened", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Message.Contains("closed: client disconnected", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionString_NamesTheBoundPort()
    {
        await using var server = await EmbeddedMongo.StartAsync();

        Assert.Equal($"mongodb://127.0.0.1:{server.Port}/", server.ConnectionString);
        Assert.True(server.Port > 0);
    }

    [Fact]
    public async Task Ipv6Loopback_IsSupported()
    {
        await using var server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions { BindAddress = "::1" });
        await using var client = await WireTestClient.ConnectAsync(server);

        Assert.Equal($"mongodb://[::1]:{server.Port}/", server.ConnectionString);
        Assert.Equal(1.0, (await client.RunAsync(new BsonDocument("ping", 1)))["ok"].AsDouble);
    }

    [Theory]
    [InlineData(-1, "127.0.0.1")]
    [InlineData(70000, "127.0.0.1")]
    [InlineData(0, "not an address")]
    public void Start_InvalidOptions_Throws(int port, string bind)
    {
        Assert.Throws<ArgumentException>(() => EmbeddedMongo.Start(new EmbeddedMongoOptions { Port = port, BindAddress = bind }));
    }

    [Fact]
    public async Task Dispose_ClosesOpenConnections()
    {
        var server = await EmbeddedMongo.StartAsync();
        var client = await WireTestClient.ConnectAsync(server);
        await client.RunAsync(new BsonDocument("ping", 1));

        await server.DisposeAsync();

        Assert.True(await client.IsClosedByServerAsync(TimeSpan.FromSeconds(5)));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Dispose_EndsAnAwaitableHelloInProgress()
    {
        var server = await EmbeddedMongo.StartAsync();
        var client = await WireTestClient.ConnectAsync(server);
        var first = await client.RunAsync(new BsonDocument("hello", 1));
        var waiting = client.RunAsync(new BsonDocument { { "hello", 1 }, { "topologyVersion", first["topologyVersion"] }, { "maxAwaitTimeMS", 60_000 } });
        await Task.Delay(100);
        var watch = Stopwatch.StartNew();

        await server.DisposeAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        await client.DisposeAsync();
        _ = waiting.Exception;
    }

    [Fact]
    public async Task Shared_IsOneRunningServerThatIgnoresDispose()
    {
        var shared = EmbeddedMongo.Shared;

        shared.Dispose();

        Assert.Same(shared, EmbeddedMongo.Shared);
        await using var client = await WireTestClient.ConnectAsync(shared);
        Assert.Equal(1.0, (await client.RunAsync(new BsonDocument("ping", 1)))["ok"].AsDouble);
    }

    [Fact]
    public void Fixture_CreatesDistinctValidDatabaseNames()
    {
        using var fixture = new EmbeddedMongoFixture();

        var names = Enumerable.Range(0, 50).Select(_ => fixture.CreateDatabaseName("orders")).ToList();

        Assert.Equal(50, names.Distinct().Count());
        Assert.All(names, n => Assert.StartsWith("orders_", n, StringComparison.Ordinal));
        Assert.StartsWith("mongodb://127.0.0.1:", fixture.ConnectionString, StringComparison.Ordinal);
    }
}
