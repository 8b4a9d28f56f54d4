using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Configuration;
using MongoPatterns.Driver;

namespace MongoPatterns.Databases;

/// <summary>Creates one client per distinct connection string (lazily) and hands out the registered databases; disposes the clients with the container.</summary>
internal sealed class MongoDatabaseProvider : IMongoDatabaseProvider, IAsyncDisposable, IDisposable
{
    private readonly Dictionary<string, DatabaseEndpoint> _endpoints;
    private readonly Dictionary<string, Lazy<MongoClient>> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IMongoDatabase> _databases = new(StringComparer.OrdinalIgnoreCase);

    public MongoDatabaseProvider(IOptions<MongoPatternsOptions> options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var registry = settings.SerializerRegistry ?? BsonSerializerRegistry.Default;
        var endpoints = DatabaseEndpoints.Resolve(settings, errors: null);
        _endpoints = endpoints.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
        Names = endpoints.ConvertAll(e => e.Name);
        foreach (var endpoint in endpoints)
        {
            if (!_clients.ContainsKey(endpoint.ConnectionString))
            {
                var connectionString = endpoint.ConnectionString;
                _clients[connectionString] = new Lazy<MongoClient>(() => CreateClient(connectionString, settings, registry, loggerFactory));
            }
        }
    }

    public IReadOnlyList<string> Names { get; }

    public IMongoDatabase GetDatabase(string name = MongoPatternsOptions.DefaultDatabase)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (_databases)
        {
            if (!_databases.TryGetValue(name, out var database))
            {
                var endpoint = Find(name);
                database = _clients[endpoint.ConnectionString].Value.GetDatabase(endpoint.DatabaseName);
                _databases[name] = database;
            }

            return database;
        }
    }

    public IMongoClient GetClient(string name = MongoPatternsOptions.DefaultDatabase) => _clients[Find(name).ConnectionString].Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            if (client.IsValueCreated)
            {
                await client.Value.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private DatabaseEndpoint Find(string name) =>
        _endpoints.TryGetValue(name, out var endpoint)
            ? endpoint
            : throw new InvalidOperationException($"No database '{name}' is registered: register it with AddDatabase(\"{name}\", ...) or {MongoPatternsOptions.SectionName}:Databases:{name} (registered: {string.Join(", ", Names)}).");

    private static MongoClient CreateClient(string connectionString, MongoPatternsOptions options, BsonSerializerRegistry registry, ILoggerFactory? loggerFactory)
    {
        var parsed = MongoClientSettings.Parse(connectionString);
        var settings = parsed with
        {
            MaxPoolSize = options.MaxPoolSize ?? parsed.MaxPoolSize,
            MinPoolSize = options.MinPoolSize ?? parsed.MinPoolSize,
            ConnectTimeout = options.ConnectTimeout ?? parsed.ConnectTimeout,
            ServerSelectionTimeout = options.ServerSelectionTimeout ?? parsed.ServerSelectionTimeout,
            SocketTimeout = options.SocketTimeout ?? parsed.SocketTimeout,
        };
        return new MongoClient(settings, new MongoClientOptions { SerializerRegistry = registry, LoggerFactory = loggerFactory });
    }
}
