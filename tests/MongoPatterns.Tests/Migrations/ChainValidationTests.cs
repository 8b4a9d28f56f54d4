using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>Startup validation of migration chains: a broken chain fails with a message naming the step.</summary>
public sealed class ChainValidationTests
{
    [Fact]
    public void CompleteChain_BuildsTheSchema()
    {
        var registry = Build(new PersonRenameName(), new PersonSplitFullName());

        var schema = registry.Get(typeof(Person));

        Assert.Equal((3, 1, "schemaVersion"), (schema.CurrentVersion, schema.OldestVersion, schema.VersionField));
    }

    [Fact]
    public void MissingStep_FailsNamingTheStep()
    {
        var exception = Assert.Throws<MigrationChainException>(() => Build(new PersonSplitFullName()));

        Assert.Equal((1, 2, typeof(Person)), (exception.FromVersion, exception.ToVersion, exception.EntityType));
        Assert.Contains("from version 1 to 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateStep_FailsNamingBothMigrations()
    {
        var exception = Assert.Throws<MigrationChainException>(() => Build(new PersonRenameName(), new RenameNameMigration<Person>(), new PersonSplitFullName()));

        Assert.Equal(2, exception.ToVersion);
        Assert.Contains("PersonRenameName", exception.Message, StringComparison.Ordinal);
        Assert.Contains("RenameNameMigration", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepAboveCurrentVersionWithoutDown_Fails()
    {
        var exception = Assert.Throws<MigrationChainException>(() => Build(new PersonRenameName(), new PersonSplitFullName(), new UpOnlyMigration<Person>(4)));

        Assert.Equal((3, 4), (exception.FromVersion, exception.ToVersion));
    }

    [Fact]
    public void EntityWithoutDeclaredVersion_Fails()
    {
        var exception = Assert.Throws<MigrationChainException>(() => Build(new UpOnlyMigration<Unversioned>(2)));

        Assert.Contains("no schema version", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VersionedEntityWithoutMigrations_FailsNamingTheFirstStep()
    {
        var exception = Assert.Throws<MigrationChainException>(() =>
            new SchemaRegistry(new MigrationOptions(), [new EntityMigrationRegistration(typeof(Person))], []));

        Assert.Equal((1, 2), (exception.FromVersion, exception.ToVersion));
    }

    [Fact]
    public void OldestSupportedVersion_ShortensTheChain()
    {
        var registry = new SchemaRegistry(new MigrationOptions(), [new EntityMigrationRegistration(typeof(Person)) { OldestVersion = 2 }], [new PersonSplitFullName()]);

        Assert.Equal(2, registry.Get(typeof(Person)).OldestVersion);
    }

    [Fact]
    public void AssemblyScanning_RegistersTheConcreteMigrations()
    {
        var services = new ServiceCollection();

        services.AddMongoPatternsMigrations(m => m.AddDocumentMigrationsFromAssembly(typeof(Person).Assembly).WriteBack(WriteBackPolicy.OnRead));

        var migrationTypes = services.Where(static d => d.ServiceType == typeof(IDocumentMigration)).Select(static d => d.ImplementationType).ToList();
        Assert.Contains(typeof(PersonRenameName), migrationTypes);
        Assert.Contains(typeof(PersonSplitFullName), migrationTypes);
        Assert.DoesNotContain(migrationTypes, static t => t!.ContainsGenericParameters || t.IsAbstract);
    }

    private static SchemaRegistry Build(params IDocumentMigration[] migrations) => new(new MigrationOptions(), [], migrations);

    private sealed class Unversioned
    {
        public int Id { get; set; }
    }
}
