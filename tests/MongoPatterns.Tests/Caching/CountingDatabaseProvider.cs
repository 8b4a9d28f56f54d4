using MongoPatterns.Databases;
using MongoPatterns.Driver;

namespace MongoPatterns.Tests.Caching;

/// <summary>Serves every database name from one client whose commands are counted.</summary>
internal sealed class CountingDatabaseProvider(string connectionString, string databaseName, CommandCounter counter) : IMongoDatabaseProvider, IAsyncDisposable
{
    private readonly MongoClient _client = new(connectionString, new MongoClientOptions { EventSubscriber = counter });

    public IReadOnlyList<string> Names { get; } = ["default"];

    public IMongoDatabase GetDatabase(string name = "default") => _client.GetDatabase(databaseName);

    public IMongoClient GetClient(string name = "default") => _client;

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
