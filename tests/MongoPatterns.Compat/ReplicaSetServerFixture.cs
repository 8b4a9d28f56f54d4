namespace MongoPatterns.Compat;

/// <summary>
/// A second mongopatterns-server, started with <c>--replSet rs0</c> (a single-member replica set, which drivers require
/// for transactions). It starts on first use, like <see cref="CompatServerFixture"/>. Setting
/// <c>MONGOPATTERNS_COMPAT_RS_URI</c> points the transaction suites at an already running replica set instead.
/// </summary>
public sealed class ReplicaSetServerFixture : IAsyncLifetime
{
    /// <summary>The environment variable naming an external replica set to test instead of starting one.</summary>
    public const string ExternalUriVariable = "MONGOPATTERNS_COMPAT_RS_URI";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly Lazy<Task<ServerProcess>> _server = new(() => ServerProcess.StartAsync(CompatLayout.ServerAssembly, StartupTimeout, ["--replSet", "rs0"]));

    /// <summary>The replica set's connection string (<c>...?replicaSet=rs0</c>), starting the server if needed.</summary>
    public async Task<string> GetServerUriAsync()
    {
        var external = Environment.GetEnvironmentVariable(ExternalUriVariable);
        return string.IsNullOrWhiteSpace(external) ? (await _server.Value).Uri : external;
    }

    /// <summary>Nothing to do up front: the server starts lazily.</summary>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Stops the server if it was started.</summary>
    public async Task DisposeAsync()
    {
        if (!_server.IsValueCreated)
        {
            return;
        }

        ServerProcess server;
        try
        {
            server = await _server.Value;
        }
        catch (InvalidOperationException)
        {
            return; // It never started; StartAsync already cleaned up.
        }

        await server.DisposeAsync();
    }
}
