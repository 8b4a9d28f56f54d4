namespace MongoPatterns.Compat;

/// <summary>
/// One mongopatterns-server shared by the client suites. It starts on first use, so suites that are skipped (their
/// client is not installed) never start it; a failed start is remembered and reported by every suite that needs it.
/// Setting <c>MONGOPATTERNS_COMPAT_URI</c> points the suites at an already running server (for example a real mongod)
/// instead of starting one.
/// </summary>
public sealed class CompatServerFixture : IAsyncLifetime
{
    /// <summary>The environment variable naming an external server to test instead of starting mongopatterns-server.</summary>
    public const string ExternalUriVariable = "MONGOPATTERNS_COMPAT_URI";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly Lazy<Task<ServerProcess>> _server = new(() => ServerProcess.StartAsync(CompatLayout.ServerAssembly, StartupTimeout));

    /// <summary>The server's connection string, starting the server if it is not running yet.</summary>
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
