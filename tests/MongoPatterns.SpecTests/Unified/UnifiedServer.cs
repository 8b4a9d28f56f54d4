using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// One embedded server the unified tests run against, with its internal client (for initial data, outcomes and fail
/// points) and the description that <c>runOnRequirements</c> are evaluated against.
/// </summary>
internal sealed class UnifiedServer : IAsyncDisposable
{
    private const string ReplicaSetName = "rs0";

    private UnifiedServer(EmbeddedMongo embedded, MongoClient internalClient, UnifiedServerDescription description)
    {
        Embedded = embedded;
        InternalClient = internalClient;
        Description = description;
    }

    /// <summary>Gets the embedded server.</summary>
    public EmbeddedMongo Embedded { get; }

    /// <summary>Gets the connection string client entities start from.</summary>
    public string ConnectionString => Embedded.ConnectionString;

    /// <summary>Gets the internal client.</summary>
    public MongoClient InternalClient { get; }

    /// <summary>Gets what the server reports about itself.</summary>
    public UnifiedServerDescription Description { get; }

    /// <summary>
    /// Starts the servers the tests may use: a standalone server and, when the embedded server supports it, a
    /// replica-set member (kept only when its <c>hello</c> reports a replica set).
    /// </summary>
    public static async Task<IReadOnlyList<UnifiedServer>> StartAllAsync()
    {
        var servers = new List<UnifiedServer> { await StartAsync(new EmbeddedMongoOptions()).ConfigureAwait(false) };
        var replicaSet = await StartAsync(new EmbeddedMongoOptions { ReplicaSetName = ReplicaSetName }).ConfigureAwait(false);
        if (replicaSet.Description.Topology == "replicaset")
        {
            servers.Add(replicaSet);
        }
        else
        {
            await replicaSet.DisposeAsync().ConfigureAwait(false);
        }

        return servers;
    }

    /// <summary>Picks the first server whose description meets both the file's and the test's requirements.</summary>
    /// <returns>The server, or <see langword="null"/> with the reason none does.</returns>
    public static T? Choose<T>(IEnumerable<T> servers, Func<T, UnifiedServerDescription> describe, BsonValue? fileRequirements, BsonValue? testRequirements, out string? reason)
        where T : class
    {
        reason = null;
        foreach (var server in servers)
        {
            var description = describe(server);
            reason = UnifiedRequirements.Unmet(fileRequirements, description) ?? UnifiedRequirements.Unmet(testRequirements, description);
            if (reason is null)
            {
                return server;
            }

            reason = $"runOnRequirements not met by the embedded server ({description}): needs {reason}";
        }

        return null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await InternalClient.DisposeAsync().ConfigureAwait(false);
        await Embedded.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<UnifiedServer> StartAsync(EmbeddedMongoOptions options)
    {
        var embedded = await EmbeddedMongo.StartAsync(options).ConfigureAwait(false);
        var client = new MongoClient(embedded.ConnectionString);
        try
        {
            var admin = client.GetDatabase("admin");
            var buildInfo = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("buildInfo", 1)).ConfigureAwait(false);
            var hello = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1)).ConfigureAwait(false);
            BsonDocument parameters;
            try
            {
                parameters = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("getParameter", "*")).ConfigureAwait(false);
            }
            catch (MongoCommandException)
            {
                parameters = new BsonDocument();
            }

            var topology = hello.Contains("serviceId") ? "load-balanced"
                : hello.GetValue("msg", null) is BsonString { Value: "isdbgrid" } ? "sharded"
                : hello.Contains("setName") ? "replicaset"
                : "single";
            var description = new UnifiedServerDescription(buildInfo["version"].AsString, topology, options.Users.Count > 0, parameters);
            return new UnifiedServer(embedded, client, description);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            await embedded.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
