using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>
/// Wires the migration engine straight to the driver and the embedded server (no DI): a fresh database, the schema
/// registry, the write-back queue and a serializer registry in which the entity's version-aware serializer is installed.
/// </summary>
internal sealed class MigrationTestContext : IAsyncDisposable
{
    public const string CollectionName = "people";

    private MigrationTestContext(EmbeddedMongoFixture fixture, string? databaseName, MigrationOptions options, IDocumentMigration[] migrations, EntityMigrationRegistration[] registrations, bool backgroundWriteBacks)
    {
        Client = new MongoClient(fixture.ConnectionString);
        Database = Client.GetDatabase(databaseName ?? fixture.CreateDatabaseName("migrations"));
        Schemas = new SchemaRegistry(options, registrations, migrations);
        Collections = new MigrationCollections(Database);
        WriteBacks = new SchemaWriteBackQueue(Collections, [Observer], runInBackground: backgroundWriteBacks);
        Serializers = new SchemaSerializerSource(Schemas, WriteBacks);
        Runner = new MigrationRunner(Schemas, Collections, [Observer]);
        Raw = Database.GetCollection<BsonDocument>(CollectionName);
    }

    public MongoClient Client { get; }

    public IMongoDatabase Database { get; }

    public SchemaRegistry Schemas { get; }

    public MigrationCollections Collections { get; }

    public SchemaWriteBackQueue WriteBacks { get; }

    public SchemaSerializerSource Serializers { get; }

    public MigrationRunner Runner { get; }

    public RecordingWriteObserver Observer { get; } = new();

    public IMongoCollection<BsonDocument> Raw { get; }

    /// <summary>Creates a context for <see cref="Person"/> (v1 → v2 → v3) and <see cref="PersonV2"/> (v2, with the v3 step for its Down).</summary>
    public static MigrationTestContext Create(EmbeddedMongoFixture fixture, Action<MigrationOptions>? configure = null, string? databaseName = null, IDocumentMigration[]? personMigrations = null, bool backgroundWriteBacks = true)
    {
        var options = new MigrationOptions();
        configure?.Invoke(options);
        IDocumentMigration[] migrations =
        [
            .. personMigrations ?? [new PersonRenameName(), new PersonSplitFullName()],
            new RenameNameMigration<PersonV2>(),
            new SplitFullNameMigration<PersonV2>(),
        ];
        return new MigrationTestContext(fixture, databaseName, options, migrations,
        [
            new EntityMigrationRegistration(typeof(Person)) { CollectionName = CollectionName },
            new EntityMigrationRegistration(typeof(PersonV2)) { CollectionName = CollectionName },
        ], backgroundWriteBacks);
    }

    /// <summary>Opens the typed collection with the version-aware serializer installed in its own registry.</summary>
    public IMongoCollection<T> Typed<T>()
    {
        var registry = new BsonSerializerRegistry();
        Serializers.Install<T>(registry);
        return Database.GetCollection<T>(CollectionName, new MongoCollectionSettings { SerializerRegistry = registry });
    }

    public static BsonDocument V1(int id, string name, int visits = 0) => new() { { "_id", id }, { "name", name }, { "visits", visits } };

    public static BsonDocument V2(int id, string fullName, int visits = 0) =>
        new() { { "_id", id }, { "fullName", fullName }, { "visits", visits }, { "steps", new BsonArray() }, { "schemaVersion", 2 } };

    public static BsonDocument V3(int id, string first, string last, int visits = 0) =>
        new() { { "_id", id }, { "firstName", first }, { "lastName", last }, { "visits", visits }, { "steps", new BsonArray() }, { "schemaVersion", 3 } };

    public Task<BsonDocument> StoredAsync(int id) =>
        Raw.Find(new BsonDocument("_id", id)).FirstAsync();

    public async ValueTask DisposeAsync()
    {
        await WriteBacks.DisposeAsync();
        await Client.DisposeAsync();
    }
}
