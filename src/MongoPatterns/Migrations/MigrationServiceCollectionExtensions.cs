using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoPatterns.Driver;
using MongoPatterns.Migrations;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds schema versioning and migrations to a service collection.</summary>
public static class MigrationServiceCollectionExtensions
{
    /// <summary>
    /// Adds document migrations (lazy upgrade on read, write-back, sweeps), startup migrations and the hosted service
    /// that validates the chains and applies startup migrations. With <c>AddMongoPatterns</c> use
    /// <see cref="MigrationsMongoPatternsBuilderExtensions.AddMigrations"/> instead; on its own this needs an
    /// <see cref="IMongoDatabase"/> service and <see cref="MigrationsBuilder.Entity{T}(string, int?, int?)"/> for every entity.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Registers migrations and sets policies, or <see langword="null"/>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddMongoPatternsMigrations(this IServiceCollection services, Action<MigrationsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton(static sp => new SchemaRegistry(
            sp.GetRequiredService<IOptions<MigrationOptions>>().Value,
            [.. EntitySchemaVersions.From(sp.GetService<MongoPatterns.Entities.EntityConfigurationRegistry>()), .. sp.GetServices<EntityMigrationRegistration>()],
            sp.GetServices<IDocumentMigration>()));
        services.TryAddSingleton(static sp => new MigrationCollections(sp.GetRequiredService<IMongoDatabase>()));
        services.TryAddSingleton(static sp => new SchemaWriteBackQueue(
            sp.GetRequiredService<MigrationCollections>(),
            sp.GetServices<MongoPatterns.Repositories.IRepositoryWriteObserver>(),
            sp.GetService<ILogger<SchemaWriteBackQueue>>()));
        services.TryAddSingleton(static sp => new SchemaSerializerSource(
            sp.GetRequiredService<SchemaRegistry>(),
            sp.GetRequiredService<SchemaWriteBackQueue>(),
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton<IMigrationRunner>(static sp => new MigrationRunner(
            sp.GetRequiredService<SchemaRegistry>(),
            sp.GetRequiredService<MigrationCollections>(),
            sp.GetServices<MongoPatterns.Repositories.IRepositoryWriteObserver>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<MigrationRunner>>()));
        services.TryAddSingleton<IDatabaseMigrator>(static sp => new DatabaseMigrator(
            sp.GetRequiredService<MigrationCollections>(),
            sp.GetServices<IDatabaseMigration>(),
            sp.GetRequiredService<IOptions<DatabaseMigrationOptions>>().Value,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<DatabaseMigrator>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Hosting.IHostedService, MigrationStartupService>());
        configure?.Invoke(new MigrationsBuilder(services));
        return services;
    }
}
