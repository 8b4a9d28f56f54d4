using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;

namespace MongoPatterns.Benchmarks.Infrastructure;

/// <summary>
/// One in-process <see cref="EmbeddedMongo"/> server shared by the library (<c>AddMongoPatterns</c> +
/// <c>AddRepository&lt;T&gt;</c>, built the way an application builds it) and by a raw driver client, so both rows of a
/// comparison talk to the same server over the same loopback socket.
/// </summary>
internal sealed class LibraryBenchmarkHost : IAsyncDisposable
{
    /// <summary>The database every library benchmark uses.</summary>
    public const string DatabaseName = "library_bench";

    /// <summary>The continuation-token key, fixed so benchmarks can build tokens themselves.</summary>
    public const string TokenKey = "library-benchmarks-continuation-token-key";

    private readonly EmbeddedMongo _server;
    private readonly ServiceProvider _services;
    private readonly MongoClient _client;

    private LibraryBenchmarkHost(EmbeddedMongo server, Action<MongoPatternsBuilder> repositories)
    {
        _server = server;
        var services = new ServiceCollection();
        var builder = services.AddMongoPatterns(options =>
        {
            options.ConnectionString = server.ConnectionString;
            options.DatabaseName = DatabaseName;
            options.MaxResults = int.MaxValue;
            options.Paging.ContinuationTokenKey = TokenKey;
        });
        repositories(builder);
        _services = services.BuildServiceProvider();
        _client = new MongoClient(server.ConnectionString);
        Database = _client.GetDatabase(DatabaseName);
    }

    /// <summary>Gets the raw driver's database on the same server.</summary>
    public IMongoDatabase Database { get; }

    /// <summary>Gets the application's service provider (repositories, token protector, ...).</summary>
    public IServiceProvider Services => _services;

    /// <summary>Starts a server on a free loopback port and builds the library and the raw client against it.</summary>
    /// <param name="repositories">Registers the repositories the benchmark uses.</param>
    /// <returns>The host.</returns>
    public static LibraryBenchmarkHost Start(Action<MongoPatternsBuilder> repositories)
    {
        ArgumentNullException.ThrowIfNull(repositories);
        var server = EmbeddedMongo.StartAsync().GetAwaiter().GetResult();
        return new LibraryBenchmarkHost(server, repositories);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _services.DisposeAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
    }
}
