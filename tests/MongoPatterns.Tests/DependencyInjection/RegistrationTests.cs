using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MongoPatterns.Configuration;
using MongoPatterns.Databases;
using MongoPatterns.Embedded;
using MongoPatterns.Entities;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.DependencyInjection;

public sealed class RegistrationTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private static void ValidateOnStart(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public async Task AddDatabase_ThreeDatabases_RepositoriesLandInTheirDatabase_SharingOneClient()
    {
        var analytics = Fixture.CreateDatabaseName("analytics");
        var services = BuildServices(b => b
            .AddDatabase("core", o => o.DatabaseName = DatabaseName)
            .AddDatabase("analytics", o => o.DatabaseName = analytics)
            .AddDatabase("logs", o => o.ConnectionString = Fixture.ConnectionString + "?appName=logs")
            .AddRepository<User>(r => r.InDatabase("core"))
            .AddRepository<PageView>(r => r.InDatabase("analytics").InCollection("views"))
            .AddRepository<LogEntry>(r => r.InDatabase("logs")));
        ValidateOnStart(services);
        var provider = services.GetRequiredService<IMongoDatabaseProvider>();

        await services.GetRequiredService<IRepository<User>>().InsertAsync(new User { Name = "u" });
        await services.GetRequiredService<IRepository<PageView>>().InsertAsync(new PageView { Path = "/" });
        await services.GetRequiredService<IRepository<LogEntry>>().InsertAsync(new LogEntry { Message = "m" });

        Assert.Equal(["default", "core", "analytics", "logs"], provider.Names);
        Assert.Equal(DatabaseName, provider.GetDatabase("core").DatabaseNamespace.DatabaseName);
        Assert.Equal("logs", provider.GetDatabase("logs").DatabaseNamespace.DatabaseName);
        Assert.Same(provider.GetClient("core"), provider.GetClient("analytics"));
        Assert.Same(provider.GetClient(), provider.GetClient("core"));
        Assert.NotSame(provider.GetClient("core"), provider.GetClient("logs"));
        Assert.Equal(1, await provider.GetDatabase("core").GetCollection<User>("users").CountDocumentsAsync(Driver.FilterDefinition<User>.Empty));
        Assert.Equal(1, await provider.GetDatabase("analytics").GetCollection<PageView>("views").CountDocumentsAsync(Driver.FilterDefinition<PageView>.Empty));
        Assert.Equal(1, await provider.GetDatabase("logs").GetCollection<LogEntry>("logEntries").CountDocumentsAsync(Driver.FilterDefinition<LogEntry>.Empty));
        await provider.GetClient().DropDatabaseAsync(analytics);
        await provider.GetClient("logs").DropDatabaseAsync("logs");
    }

    [Fact]
    public void AddMongoPatterns_FromConfiguration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MongoPatterns:ConnectionString"] = Fixture.ConnectionString,
            ["MongoPatterns:DatabaseName"] = "app",
            ["MongoPatterns:MaxPoolSize"] = "7",
            ["MongoPatterns:ConnectTimeout"] = "00:00:03",
            ["MongoPatterns:MaxResults"] = "50",
            ["MongoPatterns:Paging:MaxPageSize"] = "25",
            ["MongoPatterns:Indexes:EnsureAtStartup"] = "false",
            ["MongoPatterns:Databases:analytics:DatabaseName"] = "stats",
        }).Build();
        var services = new ServiceCollection();
        services.AddMongoPatterns(configuration.GetSection(MongoPatternsOptions.SectionName)).AddRepository<User>();
        using var provider = services.BuildServiceProvider();

        ValidateOnStart(provider);
        var options = provider.GetRequiredService<IOptions<MongoPatternsOptions>>().Value;
        var databases = provider.GetRequiredService<IMongoDatabaseProvider>();

        Assert.Equal(7, options.MaxPoolSize);
        Assert.Equal(TimeSpan.FromSeconds(3), options.ConnectTimeout);
        Assert.Equal(50, options.MaxResults);
        Assert.Equal(25, options.Paging.MaxPageSize);
        Assert.False(options.Indexes.EnsureAtStartup);
        Assert.Equal("stats", databases.GetDatabase("analytics").DatabaseNamespace.DatabaseName);
        Assert.Equal(7, databases.GetClient().Settings.MaxPoolSize);
        Assert.Equal(TimeSpan.FromSeconds(3), databases.GetClient().Settings.ConnectTimeout);
    }

    [Fact]
    public void AddMongoPatterns_FromTheWholeConfiguration_UsesItsMongoPatternsSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["MongoPatterns:ConnectionString"] = Fixture.ConnectionString,
            ["MongoPatterns:DatabaseName"] = "whole",
        }).Build();
        var services = new ServiceCollection();
        services.AddMongoPatterns(configuration);
        using var provider = services.BuildServiceProvider();

        ValidateOnStart(provider);

        Assert.Equal("whole", provider.GetRequiredService<IMongoDatabaseProvider>().GetDatabase().DatabaseNamespace.DatabaseName);
    }

    [Theory]
    [InlineData(null, "MongoPatterns:ConnectionString is missing")]
    [InlineData("", "MongoPatterns:ConnectionString is missing")]
    [InlineData("http://nope", "MongoPatterns:ConnectionString is not a valid MongoDB connection string")]
    [InlineData("mongodb://localhost:27017", "MongoPatterns:DatabaseName is missing")]
    public void ValidateOnStart_InvalidConnectionSettings_FailsNamingTheSetting(string? connectionString, string expected)
    {
        var services = new ServiceCollection();
        services.AddMongoPatterns(o => o.ConnectionString = connectionString).AddRepository<User>();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_RepositoryInUnregisteredDatabase_FailsNamingIt()
    {
        var services = new ServiceCollection();
        services.AddMongoPatterns(o => { o.ConnectionString = Fixture.ConnectionString; o.DatabaseName = "x"; }).AddRepository<User>(r => r.InDatabase("core"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("database 'core'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_OutOfRangeNumbers_Fail()
    {
        var services = new ServiceCollection();
        services.AddMongoPatterns(o =>
        {
            o.ConnectionString = Fixture.ConnectionString;
            o.DatabaseName = "x";
            o.MaxResults = 0;
            o.Paging.ContinuationTokenKey = "short";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(provider));

        Assert.Contains("MongoPatterns:MaxResults", error.Message, StringComparison.Ordinal);
        Assert.Contains("MongoPatterns:Paging:ContinuationTokenKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRepository_RegistersInterfaceAndClassAsSingletons_AndUserRegistrationsWin()
    {
        var services = BuildServices(b => b.AddRepository<User>().AddRepository<User>());
        var custom = new ServiceCollection().AddSingleton<IRepository<Counter>>(new FakeCounterRepository());
        custom.AddMongoPatterns(o => { o.ConnectionString = Fixture.ConnectionString; o.DatabaseName = "x"; }).AddRepository<Counter>();
        using var customProvider = custom.BuildServiceProvider();

        Assert.Same(services.GetRequiredService<IRepository<User>>(), services.GetRequiredService<Repository<User>>());
        Assert.Same(services.GetRequiredService<IRepository<User>>(), services.GetRequiredService<IRepository<User>>());
        Assert.Same(Clock, services.GetRequiredService<TimeProvider>());
        Assert.IsType<FakeCounterRepository>(customProvider.GetRequiredService<IRepository<Counter>>());
    }

    [Fact]
    public async Task AddRepositoriesFromAssembly_RegistersConfiguredEntities()
    {
        var services = BuildServices(b => b.AddRepositoriesFromAssembly(typeof(RegistrationTests).Assembly));
        var counters = services.GetRequiredService<IRepository<Counter>>();

        await counters.InsertAsync(new Counter { Id = 1 });

        Assert.Equal(1, await services.GetRequiredService<IMongoDatabaseProvider>().GetDatabase().GetCollection<Counter>("scanned_counters").CountDocumentsAsync(Driver.FilterDefinition<Counter>.Empty));
    }

    [Fact]
    public void DefaultCollectionName_IsCamelCasePlural()
    {
        Assert.Equal("users", EntityConfiguration.DefaultCollectionName(typeof(User)));
        Assert.Equal("categories", EntityConfiguration.DefaultCollectionName(typeof(Category)));
        Assert.Equal("boxes", EntityConfiguration.DefaultCollectionName(typeof(Box)));
        Assert.Equal("pageViews", EntityConfiguration.DefaultCollectionName(typeof(PageView)));
    }

    private sealed class Category;

    private sealed class Box;
}

internal sealed class FakeCounterRepository : IRepository<Counter>
{
    public Task<Counter?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default) where TId : notnull => throw new NotSupportedException();
    public Task<IReadOnlyList<Counter>> GetByIdsAsync<TId>(IEnumerable<TId> ids, CancellationToken cancellationToken = default) where TId : notnull => throw new NotSupportedException();
    public Task<bool> ExistsAsync<TId>(TId id, CancellationToken cancellationToken = default) where TId : notnull => throw new NotSupportedException();
    public Task InsertAsync(Counter entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task InsertManyAsync(IEnumerable<Counter> entities, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task ReplaceAsync(Counter entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task UpdateAsync<TId>(TId id, Driver.UpdateDefinition<Counter> update, CancellationToken cancellationToken = default) where TId : notnull => throw new NotSupportedException();
    public Task UpdateAsync<TId>(TId id, Func<Driver.UpdateDefinitionBuilder<Counter>, Driver.UpdateDefinition<Counter>> update, CancellationToken cancellationToken = default) where TId : notnull => throw new NotSupportedException();
    public Task<long> UpdateManyAsync(System.Linq.Expressions.Expression<Func<Counter, bool>> filter, Driver.UpdateDefinition<Counter> update, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<long> UpdateManyAsync(Driver.FilterDefinition<Counter> filter, Driver.UpdateDefinition<Counter> update, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task UpsertAsync(Counter entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<bool> DeleteAsync<TId>(TId id, CancellationToken cancellationToken = default) where TId : notnull => throw new NotSupportedException();
    public Task<long> DeleteManyAsync(System.Linq.Expressions.Expression<Func<Counter, bool>> filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<long> DeleteManyAsync(Driver.FilterDefinition<Counter> filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<Driver.BulkWriteResult> BulkWriteAsync(IEnumerable<Driver.WriteModel<Counter>> requests, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<long> CountAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<long> CountAsync(System.Linq.Expressions.Expression<Func<Counter, bool>> filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<long> CountAsync(Driver.FilterDefinition<Counter> filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<TResult>> AggregateAsync<TResult>(Driver.PipelineDefinition<Counter, TResult> pipeline, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public MongoPatterns.Querying.IFindQuery<Counter> Find() => throw new NotSupportedException();
    public MongoPatterns.Querying.IFindQuery<Counter> Find(System.Linq.Expressions.Expression<Func<Counter, bool>> filter) => throw new NotSupportedException();
    public MongoPatterns.Querying.IFindQuery<Counter> Find(Driver.FilterDefinition<Counter> filter) => throw new NotSupportedException();
}

public sealed class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> builder) => builder.InCollection("scanned_counters");
}
