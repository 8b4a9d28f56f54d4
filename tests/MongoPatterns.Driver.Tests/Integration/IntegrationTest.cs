using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Fakes;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>
/// Base of the tests against the real embedded server: one server per test class (the xunit class fixture), one client
/// with an event collector and one fresh database per test.
/// </summary>
public abstract class IntegrationTest : IAsyncLifetime
{
    protected IntegrationTest(EmbeddedMongoFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        Fixture = fixture;
        Client = new MongoClient(fixture.ConnectionString, new MongoClientOptions { EventSubscriber = Events });
        Database = Client.GetDatabase(fixture.CreateDatabaseName());
    }

    protected EmbeddedMongoFixture Fixture { get; }

    protected EventCollector Events { get; } = new();

    protected MongoClient Client { get; }

    protected IMongoDatabase Database { get; }

    protected IMongoCollection<BsonDocument> Collection(string name = "items") => Database.GetCollection<BsonDocument>(name);

    protected static FilterDefinitionBuilder<BsonDocument> Filter => Builders<BsonDocument>.Filter;

    protected static UpdateDefinitionBuilder<BsonDocument> Update => Builders<BsonDocument>.Update;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// Runs a test that needs server features the embedded server may not have yet (its query, update and aggregation
    /// engines arrive separately): when the server answers "not built yet" the test is skipped with that reason
    /// instead of failing, and it starts running for real as soon as the feature lands.
    /// </summary>
    protected static async Task ServerFeature(Func<Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        try
        {
            await test();
        }
        catch (Exception exception) when (NotBuiltYet(exception) is { } reason)
        {
            throw new SkipException("skipped: the embedded server does not implement this yet (" + reason + ")");
        }
    }

    private static string? NotBuiltYet(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception.Message.Contains("not built yet", StringComparison.OrdinalIgnoreCase)
                || exception is MongoCommandException { Code: 238 }
                || exception is MongoWriteException { WriteError.Code: 238 })
            {
                return exception.Message;
            }
        }

        return null;
    }

    public async Task DisposeAsync() => await Client.DisposeAsync();
}
