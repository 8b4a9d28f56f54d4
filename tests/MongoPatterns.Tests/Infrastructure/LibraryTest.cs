using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MongoPatterns.Configuration;
using MongoPatterns.DependencyInjection;
using MongoPatterns.Embedded;
using MongoPatterns.Repositories;

namespace MongoPatterns.Tests.Infrastructure;

/// <summary>
/// Base of the integration tests: the embedded server of the test class (xunit class fixture), a fresh database name
/// per test, and a service provider built like an application would.
/// </summary>
public abstract class LibraryTest(EmbeddedMongoFixture fixture) : IAsyncLifetime
{
    private readonly List<ServiceProvider> _providers = [];

    protected EmbeddedMongoFixture Fixture { get; } = fixture;

    protected string DatabaseName { get; } = fixture.CreateDatabaseName("lib");

    protected FakeTimeProvider Clock { get; } = new();

    protected CollectingLoggerProvider Logs { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
    }

    /// <summary>Builds services with MongoPatterns on the embedded server; <paramref name="register"/> adds repositories.</summary>
    protected ServiceProvider BuildServices(Action<MongoPatternsBuilder> register, Action<MongoPatternsOptions>? configure = null, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Clock);
        var builder = services.AddMongoPatterns(options =>
        {
            options.ConnectionString = Fixture.ConnectionString;
            options.DatabaseName = DatabaseName;
            options.Paging.ContinuationTokenKey = "test-key-0123456789-0123456789-0123456789";
            configure?.Invoke(options);
        });
        register(builder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(provider);
        return provider;
    }

    /// <summary>Builds services with one repository registered with default configuration and returns it.</summary>
    protected IRepository<T> Repository<T>(Action<MongoPatternsOptions>? configure = null)
        where T : class =>
        BuildServices(b => b.AddRepository<T>(), configure).GetRequiredService<IRepository<T>>();
}
