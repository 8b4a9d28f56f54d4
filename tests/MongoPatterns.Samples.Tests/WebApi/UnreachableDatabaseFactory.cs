using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MongoPatterns.Samples.Tests.WebApi;

/// <summary>The Web API sample pointed at a port nothing listens on: every database call fails quickly.</summary>
public sealed class UnreachableDatabaseFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MongoPatterns:ConnectionString", "mongodb://127.0.0.1:1/");
        builder.UseSetting("MongoPatterns:DatabaseName", "unreachable");
        builder.UseSetting("MongoPatterns:ServerSelectionTimeout", "00:00:01");
        builder.UseSetting("MongoPatterns:ConnectTimeout", "00:00:01");
        builder.UseSetting("MongoPatterns:HealthCheckTimeout", "00:00:02");
        builder.UseSetting("MongoPatterns:Indexes:EnsureAtStartup", "false");
        builder.UseSetting("Seed:Enabled", "false");
    }
}
