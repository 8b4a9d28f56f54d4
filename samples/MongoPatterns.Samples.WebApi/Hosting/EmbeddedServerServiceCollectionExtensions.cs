using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Configuration;

namespace MongoPatterns.Samples.WebApi.Hosting;

/// <summary>Makes the sample run without a MongoDB installation.</summary>
internal static class EmbeddedServerServiceCollectionExtensions
{
    /// <summary>
    /// When no <c>MongoPatterns:ConnectionString</c> is configured, starts the in-process embedded server and points
    /// MongoPatterns at it. A configured connection string (appsettings, environment, command line) always wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddEmbeddedMongoWhenNotConfigured(this IServiceCollection services)
    {
        services.AddSingleton<EmbeddedServerHolder>();

        // PostConfigure runs after every configuration source has been bound, so the check sees the final value.
        services.AddOptions<MongoPatternsOptions>()
            .PostConfigure<EmbeddedServerHolder>((options, embedded) =>
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    options.ConnectionString = embedded.ConnectionString;
                }
            });
        return services;
    }
}
