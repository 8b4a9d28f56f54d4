using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MongoPatterns.Configuration;
using MongoPatterns.Entities;
using MongoPatterns.Repositories;

namespace MongoPatterns.DependencyInjection;

/// <summary>Chains MongoPatterns registrations after <c>services.AddMongoPatterns(...)</c>: named databases, repositories and entity configurations.</summary>
public sealed class MongoPatternsBuilder
{
    internal MongoPatternsBuilder(IServiceCollection services, EntityConfigurationRegistry entities)
    {
        Services = services;
        Entities = entities;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    internal EntityConfigurationRegistry Entities { get; }

    /// <summary>
    /// Registers a named database (for example <c>core</c>, <c>analytics</c>, <c>logs</c>). Without its own connection
    /// string it uses the main one; databases with the same connection string share one client.
    /// </summary>
    /// <param name="name">The name repositories use in <c>InDatabase(name)</c>.</param>
    /// <param name="configure">Sets the connection string and the server-side database name (default: <paramref name="name"/>).</param>
    /// <returns>This builder.</returns>
    public MongoPatternsBuilder AddDatabase(string name, Action<MongoDatabaseOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Services.Configure<MongoPatternsOptions>(options =>
        {
            if (!options.Databases.TryGetValue(name, out var database))
            {
                database = new MongoDatabaseOptions();
                options.Databases[name] = database;
            }

            configure?.Invoke(database);
        });
        return this;
    }

    /// <summary>
    /// Registers <see cref="IRepository{T}"/> and <see cref="Repository{T}"/> (singletons) for an entity, with its
    /// configuration: collection, database and indexes. Registrations made before by the application win.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="configure">Configures the entity, for example <c>r =&gt; r.InCollection("users").InDatabase("core").HasIndex(x =&gt; x.Email, i =&gt; i.IsUnique())</c>.</param>
    /// <returns>This builder.</returns>
    public MongoPatternsBuilder AddRepository<T>(Action<EntityTypeBuilder<T>>? configure = null)
        where T : class
    {
        var configuration = Entities.GetOrAdd<T>();
        configure?.Invoke(new EntityTypeBuilder<T>(configuration));
        Services.TryAddSingleton(static services => new Repository<T>(services.GetRequiredService<RepositoryContextFactory>().Get<T>()));
        Services.TryAddSingleton<IRepository<T>>(static services => services.GetRequiredService<Repository<T>>());
        return this;
    }

    /// <summary>Registers a repository for every <see cref="IEntityTypeConfiguration{T}"/> class in the assembly, configured by it.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>This builder.</returns>
    public MongoPatternsBuilder AddRepositoriesFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var register = typeof(MongoPatternsBuilder).GetMethod(nameof(AddConfiguration), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsAbstract || type.IsGenericTypeDefinition || type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            foreach (var contract in type.GetInterfaces())
            {
                if (contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
                {
                    register.MakeGenericMethod(contract.GetGenericArguments()[0]).Invoke(this, [Activator.CreateInstance(type)]);
                }
            }
        }

        return this;
    }

    private void AddConfiguration<T>(IEntityTypeConfiguration<T> configuration)
        where T : class => AddRepository<T>(configuration.Configure);
}
