using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>Startup migrations: recorded once, applied by exactly one of several instances under the lease, failures retried at the next start.</summary>
public sealed class DatabaseMigrationTests(EmbeddedMongoFixture fixture) : IClassFixture<EmbeddedMongoFixture>, IDisposable
{
    private readonly MongoClient _client = new(fixture.ConnectionString);

    [Fact]
    public async Task ThreeRunnersStartedTogether_ApplyEachMigrationExactlyOnce()
    {
        var database = NewDatabase();
        CountingMigration[] migrations = [new("001-create-index"), new("002-backfill"), new("003-rename")];
        // Three "processes": each with its own client (connection pool) to the same database.
        var clients = Enumerable.Range(1, 3).Select(_ => new MongoClient(fixture.ConnectionString)).ToList();
        var runners = clients.Select((c, i) => Migrator(c.GetDatabase(database.DatabaseNamespace.DatabaseName), $"instance-{i}", migrations)).ToList();

        var results = await Task.WhenAll(runners.Select(static r => Task.Run(() => r.MigrateAsync())));
        clients.ForEach(static c => c.Dispose());

        Assert.All(migrations, static m => Assert.Equal(1, m.Applied));
        Assert.Equal(["001-create-index", "002-backfill", "003-rename"], results.SelectMany(static r => r).Order(StringComparer.Ordinal));
        var records = await Records(database);
        Assert.Equal(3, records.Count);
        Assert.False(await LeaseExistsAsync(database));
    }

    [Fact]
    public async Task MigrationsRunInIdOrder()
    {
        var database = NewDatabase();
        var order = new List<string>();
        CountingMigration[] migrations = [new("b", order), new("c", order), new("a", order)];

        await Migrator(database, "one", migrations).MigrateAsync();

        Assert.Equal(["a", "b", "c"], order);
    }

    [Fact]
    public async Task FailingMigration_StopsWithItsIdAndIsRetriedNextStart()
    {
        var database = NewDatabase();
        var flaky = new CountingMigration("002-flaky") { FailuresLeft = 1 };
        CountingMigration[] migrations = [new("001-first"), flaky, new("003-third")];

        var exception = await Assert.ThrowsAsync<DatabaseMigrationException>(() => Migrator(database, "one", migrations).MigrateAsync());
        var afterFailure = await Records(database);
        var retried = await Migrator(database, "two", migrations).MigrateAsync();

        Assert.Equal("002-flaky", exception.MigrationId);
        Assert.Contains("boom", exception.Message, StringComparison.Ordinal);
        Assert.Equal(["001-first"], afterFailure);
        Assert.Equal(["002-flaky", "003-third"], retried);
        Assert.Equal(1, migrations[0].Applied);
        Assert.False(await LeaseExistsAsync(database));
    }

    [Fact]
    public async Task AlreadyApplied_ReturnsNothingAndTakesNoLease()
    {
        var database = NewDatabase();
        CountingMigration[] migrations = [new("001")];
        await Migrator(database, "one", migrations).MigrateAsync();
        await database.GetCollection<BsonDocument>("_migrations").InsertOneAsync(
            new BsonDocument { { "_id", MigrationLease.LeaseId }, { "owner", "someone-else" }, { "expiresAt", DateTime.UtcNow.AddHours(1) } });

        var applied = await Migrator(database, "two", migrations).MigrateAsync();

        Assert.Empty(applied);
        Assert.Equal(1, migrations[0].Applied);
    }

    [Fact]
    public async Task ExpiredLeaseOfADeadInstance_IsTakenOver()
    {
        var database = NewDatabase();
        await database.GetCollection<BsonDocument>("_migrations").InsertOneAsync(
            new BsonDocument { { "_id", MigrationLease.LeaseId }, { "owner", "dead-instance" }, { "expiresAt", DateTime.UtcNow.AddMinutes(-1) } });
        CountingMigration[] migrations = [new("001")];

        var applied = await Migrator(database, "alive", migrations).MigrateAsync();

        Assert.Equal(["001"], applied);
    }

    [Fact]
    public async Task LeaseHeldByALiveInstance_TimesOut()
    {
        var database = NewDatabase();
        await database.GetCollection<BsonDocument>("_migrations").InsertOneAsync(
            new BsonDocument { { "_id", MigrationLease.LeaseId }, { "owner", "busy-instance" }, { "expiresAt", DateTime.UtcNow.AddHours(1) } });
        var options = Options("waiting");
        options.LeaseWaitTimeout = TimeSpan.FromMilliseconds(300);
        var migrator = new DatabaseMigrator(new MigrationCollections(database), [new CountingMigration("001")], options);

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => migrator.MigrateAsync());

        Assert.Contains("busy-instance", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _client.Dispose();

    private static DatabaseMigrator Migrator(IMongoDatabase database, string instance, IEnumerable<IDatabaseMigration> migrations) =>
        new(new MigrationCollections(database), migrations, Options(instance));

    private static DatabaseMigrationOptions Options(string instance) => new()
    {
        InstanceId = instance,
        LeasePollInterval = TimeSpan.FromMilliseconds(20),
        MaxLeasePollInterval = TimeSpan.FromMilliseconds(100),
        LeaseRenewInterval = TimeSpan.FromMilliseconds(200),
        LeaseDuration = TimeSpan.FromSeconds(5),
    };

    private static async Task<List<string>> Records(IMongoDatabase database) =>
        [.. (await database.GetCollection<BsonDocument>("_migrations").Find(new BsonDocument("kind", "migration")).Sort(new BsonDocument("_id", 1)).ToListAsync()).Select(static d => d["_id"].ToString())];

    private static async Task<bool> LeaseExistsAsync(IMongoDatabase database) =>
        await database.GetCollection<BsonDocument>("_migrations").Find(new BsonDocument("_id", MigrationLease.LeaseId)).AnyAsync();

    private IMongoDatabase NewDatabase() => _client.GetDatabase(fixture.CreateDatabaseName("startup"));

    private sealed class CountingMigration(string id, List<string>? order = null) : IDatabaseMigration
    {
        private int _applied;

        public string Id { get; } = id;

        public int Applied => _applied;

        public int FailuresLeft { get; set; }

        public async Task UpAsync(IMongoDatabase database, CancellationToken cancellationToken = default)
        {
            await Task.Delay(50, cancellationToken);
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("boom");
            }

            Interlocked.Increment(ref _applied);
            lock (this)
            {
                order?.Add(Id);
            }

            await database.GetCollection<BsonDocument>("touched").InsertOneAsync(new BsonDocument("by", Id), cancellationToken: cancellationToken);
        }
    }
}
