using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MongoPatterns.Configuration;
using MongoPatterns.Databases;
using MongoPatterns.Health;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the MongoPatterns health check: <c>services.AddHealthChecks().AddMongoPatterns()</c>.</summary>
public static class MongoPatternsHealthChecksBuilderExtensions
{
    /// <summary>Adds a health check that pings every registered database; the data holds each database's result.</summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check name (default <c>mongopatterns</c>).</param>
    /// <param name="failureStatus">The status reported when a database does not answer (default: Unhealthy).</param>
    /// <param name="tags">Tags for filtering checks.</param>
    /// <param name="timeout">The per-ping timeout (default: <c>MongoPatterns:HealthCheckTimeout</c>, 5 seconds).</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddMongoPatterns(this IHealthChecksBuilder builder, string name = "mongopatterns", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.Add(new HealthCheckRegistration(
            name,
            services => new MongoPatternsHealthCheck(
                services.GetRequiredService<IMongoDatabaseProvider>(),
                timeout ?? services.GetRequiredService<IOptions<MongoPatternsOptions>>().Value.HealthCheckTimeout),
            failureStatus,
            tags));
    }
}
