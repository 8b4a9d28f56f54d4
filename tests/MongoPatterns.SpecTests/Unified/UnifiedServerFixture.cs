namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// The embedded servers shared by the unified spec tests of one test class: started once before the first test and
/// stopped after the last. Tests isolate themselves as the format requires (each drops and recreates its collections).
/// </summary>
public sealed class UnifiedServerFixture : IAsyncLifetime
{
    private IReadOnlyList<UnifiedServer> _servers = [];

    /// <summary>Gets the started servers, standalone first.</summary>
    internal IReadOnlyList<UnifiedServer> Servers => _servers;

    /// <inheritdoc />
    public async Task InitializeAsync() => _servers = await UnifiedServer.StartAllAsync().ConfigureAwait(false);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        _servers = [];
    }
}
