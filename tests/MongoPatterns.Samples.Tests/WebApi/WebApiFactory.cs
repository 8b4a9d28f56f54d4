using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MongoPatterns.Embedded;

namespace MongoPatterns.Samples.Tests.WebApi;

/// <summary>
/// The Web API sample on the test's shared embedded server, in a database of its own (so each test class sees exactly
/// the seeded data), configured through settings the way an operator would.
/// </summary>
public class WebApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Gets the database this factory's application uses.</summary>
    public string DatabaseName { get; } = "samples_webapi_" + Guid.NewGuid().ToString("N")[..12];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MongoPatterns:ConnectionString", EmbeddedMongo.Shared.ConnectionString);
        builder.UseSetting("MongoPatterns:DatabaseName", DatabaseName);
        builder.UseSetting("Seed:Enabled", "true");
    }
}
