using MongoPatterns.Embedded;

namespace MongoPatterns.Samples.WebApi.Hosting;

/// <summary>
/// Owns the embedded server: it starts on first use and stops when the host's service provider is disposed.
/// </summary>
internal sealed class EmbeddedServerHolder : IDisposable
{
    private readonly Lazy<EmbeddedMongo> _server = new(() => EmbeddedMongo.Start());

    /// <summary>Gets the connection string of the embedded server, starting it when needed.</summary>
    public string ConnectionString => _server.Value.ConnectionString;

    /// <summary>Gets a value indicating whether the embedded server was started.</summary>
    public bool IsStarted => _server.IsValueCreated;

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}
