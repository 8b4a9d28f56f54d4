namespace MongoPatterns.Compat;

/// <summary>
/// A mongopatterns-server process shared by the suites of one fixture. It starts on first use, so suites that are
/// skipped (their client is not installed) never start it; a failed start is remembered and reported by every suite that
/// needs it. An environment variable (<see cref="ExternalUriVariable"/> of each fixture) points the suites at an already
/// running server instead.
/// </summary>
public abstract class LazyServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly string _externalUriVariable;
    private readonly Lazy<Task<ServerProcess>> _server;

    /// <summary>Creates the fixture.</summary>
    /// <param name="externalUriVariable">The environment variable naming an external server to test instead.</param>
    /// <param name="serverArguments">The server's command-line arguments.</param>
    protected LazyServerFixture(string externalUriVariable, string[] serverArguments)
    {
        _externalUriVariable = externalUriVariable;
        _server = new(() => ServerProcess.StartAsync(CompatLayout.ServerAssembly, StartupTimeout, serverArguments));
    }

    /// <summary>The server's connection string, starting the server if it is not running yet.</summary>
    public async Task<string> GetServerUriAsync()
    {
        var external = Environment.GetEnvironmentVariable(_externalUriVariable);
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
