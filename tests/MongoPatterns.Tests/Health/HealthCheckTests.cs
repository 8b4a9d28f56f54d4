using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoPatterns.Embedded;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Health;

public sealed class HealthCheckTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task AddMongoPatterns_AllDatabasesAnswer_IsHealthyWithPerDatabaseData()
    {
        var services = BuildServices(b => b.AddDatabase("analytics"), before: s => s.AddHealthChecks().AddMongoPatterns(tags: ["db"]));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["mongopatterns"];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("ok", entry.Data["default"]);
        Assert.Equal("ok", entry.Data["analytics"]);
        Assert.Contains("db", entry.Tags);
    }

    [Fact]
    public async Task AddMongoPatterns_UnreachableDatabase_ReportsTheFailureStatusAndWhichDatabase()
    {
        var services = BuildServices(
            b => b.AddDatabase("offline", o => o.ConnectionString = "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300&connectTimeoutMS=300"),
            before: s => s.AddHealthChecks().AddMongoPatterns("mongo", HealthStatus.Degraded, timeout: TimeSpan.FromSeconds(2)));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["mongo"];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("ok", entry.Data["default"]);
        Assert.NotEqual("ok", entry.Data["offline"]);
        Assert.Contains("offline", entry.Description, StringComparison.Ordinal);
    }
}
