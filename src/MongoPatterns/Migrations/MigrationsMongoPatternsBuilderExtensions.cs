using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MongoPatterns.Databases;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Repositories;

namespace MongoPatterns.Migrations;

/// <summary>Adds schema versioning and migrations to MongoPatterns: <c>services.AddMongoPatterns(...).AddMigrations(m =&gt; ...)</c>.</summary>
public static class MigrationsMongoPatternsBuilderExtensions
{
    /// <summary>
    /// Makes the repositories of versioned entities upgrade documents on read and stamp the version on write, and
    /// registers <see cref="IMigrationRunner"/>, <see cref="IDatabaseMigrator"/> and the hosted service that validates the
    /// chains, applies startup migrations and starts the configured sweeps.
    /// </summary>
    /// <param name="builder">The MongoPatterns builder.</param>
    /// <param name="configure">Registers migrations and sets policies, or <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static MongoPatternsBuilder AddMigrations(this MongoPatternsBuilder builder, Action<MigrationsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(static sp => new MigrationCollections(sp.GetRequiredService<IMongoDatabaseProvider>(), sp.GetRequiredService<Entities.EntityConfigurationRegistry>()));
        services.AddMongoPatternsMigrations(configure);
        if (!services.Any(static d => d.ServiceType == typeof(MigrationEntitySerializerSource)))
        {
            var existing = services.LastOrDefault(static d => d.ServiceType == typeof(IEntitySerializerSource));
            services.AddSingleton(sp => new MigrationEntitySerializerSource(CreateInner(sp, existing), sp.GetRequiredService<SchemaSerializerSource>()));
            services.Replace(ServiceDescriptor.Singleton<IEntitySerializerSource>(static sp => sp.GetRequiredService<MigrationEntitySerializerSource>()));
        }

        return builder;
    }

    private static IEntitySerializerSource CreateInner(IServiceProvider services, ServiceDescriptor? existing) => existing switch
    {
        { ImplementationInstance: IEntitySerializerSource instance } => instance,
        { ImplementationFactory: { } factory } => (IEntitySerializerSource)factory(services),
        { ImplementationType: { } type } => (IEntitySerializerSource)ActivatorUtilities.CreateInstance(services, type),
        _ => ActivatorUtilities.CreateInstance<DefaultEntitySerializerSource>(services),
    };
}
