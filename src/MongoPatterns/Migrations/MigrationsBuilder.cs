using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MongoPatterns.Migrations;

/// <summary>Registers document migrations, startup migrations, versioned entities and the migration policies.</summary>
public sealed class MigrationsBuilder
{
    internal MigrationsBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers a document migration class (created once, with constructor injection).</summary>
    /// <typeparam name="TMigration">A class deriving from <see cref="DocumentMigration{T}"/>.</typeparam>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TMigration"/> is not a document migration.</exception>
    public MigrationsBuilder AddDocumentMigration<TMigration>()
        where TMigration : class => AddDocumentMigration(typeof(TMigration));

    /// <summary>Registers a document migration instance.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="migration">The migration.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder AddDocumentMigration<T>(DocumentMigration<T> migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        Services.AddSingleton<IDocumentMigration>(migration);
        return this;
    }

    /// <summary>Registers every non-abstract <see cref="DocumentMigration{T}"/> class of <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder AddDocumentMigrationsFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(static t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(IDocumentMigration).IsAssignableFrom(t)))
        {
            AddDocumentMigration(type);
        }

        return this;
    }

    /// <summary>Registers a startup migration class (created with constructor injection when migrations run).</summary>
    /// <typeparam name="TMigration">The migration.</typeparam>
    /// <returns>This builder.</returns>
    public MigrationsBuilder AddDatabaseMigration<TMigration>()
        where TMigration : class, IDatabaseMigration
    {
        Services.TryAddEnumerable(ServiceDescriptor.Transient<IDatabaseMigration, TMigration>());
        return this;
    }

    /// <summary>Registers a startup migration instance.</summary>
    /// <param name="migration">The migration.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder AddDatabaseMigration(IDatabaseMigration migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        Services.AddSingleton(migration);
        return this;
    }

    /// <summary>Registers every non-abstract <see cref="IDatabaseMigration"/> class of <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder AddDatabaseMigrationsFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(static t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(IDatabaseMigration).IsAssignableFrom(t)))
        {
            Services.TryAddEnumerable(ServiceDescriptor.Transient(typeof(IDatabaseMigration), type));
        }

        return this;
    }

    /// <summary>Declares a versioned entity and the collection it is stored in.</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <param name="collectionName">The collection name.</param>
    /// <param name="schemaVersion">The current version, or <see langword="null"/> to take it from <see cref="SchemaVersionAttribute"/>.</param>
    /// <param name="oldestSupportedVersion">The version the chain starts from, or <see langword="null"/> for the missing-version default.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder Entity<T>(string collectionName, int? schemaVersion = null, int? oldestSupportedVersion = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectionName);
        if (schemaVersion is { } version)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(version, 1, nameof(schemaVersion));
        }

        Services.AddSingleton(new EntityMigrationRegistration(typeof(T)) { CollectionName = collectionName, SchemaVersion = schemaVersion, OldestVersion = oldestSupportedVersion });
        return this;
    }

    /// <summary>Sets the element that stores the schema version (default <c>schemaVersion</c>).</summary>
    /// <param name="elementName">The element name.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder VersionField(string elementName)
    {
        ArgumentException.ThrowIfNullOrEmpty(elementName);
        Services.Configure<MigrationOptions>(options => options.VersionField = elementName);
        return this;
    }

    /// <summary>Sets the version of documents without a version element (default 1).</summary>
    /// <param name="version">The version.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder MissingVersion(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Services.Configure<MigrationOptions>(options => options.MissingVersion = version);
        return this;
    }

    /// <summary>Sets what happens to documents upgraded on read (default <see cref="WriteBackPolicy.OnRead"/>).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder WriteBack(WriteBackPolicy policy)
    {
        Services.Configure<MigrationOptions>(options => options.WriteBack = policy);
        return this;
    }

    /// <summary>Sets what happens to documents newer than the code (default <see cref="NewerDocumentPolicy.Throw"/>).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder NewerDocuments(NewerDocumentPolicy policy)
    {
        Services.Configure<MigrationOptions>(options => options.NewerDocuments = policy);
        return this;
    }

    /// <summary>Configures where startup migrations are recorded and how the lease behaves.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder ConfigureDatabaseMigrations(Action<DatabaseMigrationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Sets whether the hosted service applies startup migrations when the application starts (default <see langword="true"/>).</summary>
    /// <param name="run">Whether to run them.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder RunDatabaseMigrationsAtStartup(bool run = true)
    {
        Services.Configure<MigrationStartupSettings>(settings => settings.RunDatabaseMigrations = run);
        return this;
    }

    /// <summary>Runs a background sweep of <typeparamref name="T"/> once the application has started.</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <param name="configure">Changes the sweep options, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public MigrationsBuilder RunSweepAtStartup<T>(Action<MigrationSweepOptions>? configure = null)
    {
        Services.AddSingleton(new StartupSweep(typeof(T), (runner, cancellationToken) =>
        {
            var options = new MigrationSweepOptions();
            configure?.Invoke(options);
            return runner.MigrateAsync<T>(options, null, cancellationToken);
        }));
        return this;
    }

    private MigrationsBuilder AddDocumentMigration(Type migrationType)
    {
        if (!typeof(IDocumentMigration).IsAssignableFrom(migrationType) || migrationType.IsAbstract)
        {
            throw new ArgumentException($"{migrationType.Name} is not a concrete DocumentMigration<T>.", nameof(migrationType));
        }

        Services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IDocumentMigration), migrationType));
        return this;
    }
}
