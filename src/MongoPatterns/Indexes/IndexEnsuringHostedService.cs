using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MongoPatterns.Configuration;
using MongoPatterns.Paging;

namespace MongoPatterns.Indexes;

/// <summary>At host startup: ensures declared indexes (unless <c>MongoPatterns:Indexes:EnsureAtStartup</c> is false) and surfaces the continuation-key warning early.</summary>
internal sealed class IndexEnsuringHostedService(IServiceProvider services, IOptions<MongoPatternsOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ContinuationTokenProtector>();
        if (options.Value.Indexes.EnsureAtStartup)
        {
            await services.GetRequiredService<IIndexManager>().EnsureIndexesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
