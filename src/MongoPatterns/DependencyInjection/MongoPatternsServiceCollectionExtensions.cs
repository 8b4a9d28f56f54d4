using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MongoPatterns.Configuration;
using MongoPatterns.Databases;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Entities;
using MongoPatterns.Indexes;
using MongoPatterns.Paging;
using MongoPatterns.Querying;
using MongoPatterns.Repositories;
using MongoPatterns.Transactions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers MongoPatterns: <c>services.AddMongoPatterns(...)</c>, then chain databases and repositories on the returned builder.</summary>
public static class MongoPatternsServiceCollectionExtensions
{
    /// <summary>Registers MongoPatterns configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the connection string, database, pool, timeouts and other options.</param>
    /// <returns>A builder to register databases and repositories.</returns>
    public static MongoPatternsBuilder AddMongoPatterns(this IServiceCollection services, Action<MongoPatternsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = AddCore(services);
        services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Registers MongoPatterns bound from configuration: the <c>MongoPatterns</c> section (connection string, database,
    /// pool, timeouts, <c>Databases</c>, <c>Paging</c>, <c>Indexes</c>). Pass the section
    /// (<c>configuration.GetSection("MongoPatterns")</c>) or the application configuration, whose <c>MongoPatterns</c>
    /// section is then used.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>MongoPatterns</c> section, or a configuration containing it.</param>
    /// <returns>A builder to register databases and repositories.</returns>
    public static MongoPatternsBuilder AddMongoPatterns(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = AddCore(services);
        var section = configuration.GetSection(MongoPatternsOptions.SectionName);
        var bound = configuration is not IConfigurationSection { Key: MongoPatternsOptions.SectionName } && section.Exists() ? section : configuration;
        services.AddOptions<MongoPatternsOptions>().Bind(bound);
        return builder;
    }

    private static MongoPatternsBuilder AddCore(IServiceCollection services)
    {
        var entities = services.FirstOrDefault(d => d.ServiceType == typeof(EntityConfigurationRegistry))?.ImplementationInstance as EntityConfigurationRegistry;
        if (entities is null)
        {
            entities = new EntityConfigurationRegistry();
            services.AddSingleton(entities);
        }

        services.AddOptions<MongoPatternsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MongoPatternsOptions>, MongoPatternsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMongoDatabaseProvider, MongoDatabaseProvider>();
        services.TryAddSingleton<IEntitySerializerSource, DefaultEntitySerializerSource>();
        services.TryAddSingleton<IQueryExecutionInterceptor, PassThroughQueryExecutionInterceptor>();
        services.TryAddSingleton<EntityCollectionFactory>();
        services.TryAddSingleton<ContinuationTokenProtector>();
        services.TryAddSingleton<RepositoryContextFactory>();
        services.TryAddSingleton<IIndexManager, IndexManager>();
        services.TryAddSingleton<TransactionRunner>();
        services.TryAddSingleton<ITransactionRunner>(static provider => provider.GetRequiredService<TransactionRunner>());
        services.TryAddSingleton<IUnitOfWork>(static provider => provider.GetRequiredService<TransactionRunner>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, IndexEnsuringHostedService>());
        return new MongoPatternsBuilder(services, entities);
    }
}
