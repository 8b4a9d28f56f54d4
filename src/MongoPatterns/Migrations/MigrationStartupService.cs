using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MongoPatterns.Migrations;

/// <summary>
/// Runs at application start: validates every migration chain (a broken chain stops startup), applies the pending
/// startup migrations under the lease (a failure stops startup), then starts the configured sweeps in the background.
/// </summary>
internal sealed class MigrationStartupService(
    IServiceProvider services,
    IOptions<MigrationStartupSettings> settings,
    IEnumerable<StartupSweep> sweeps,
    ILogger<MigrationStartupService>? logger = null) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private Task _sweeps = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = (SchemaRegistry)services.GetService(typeof(SchemaRegistry))!;
        if (settings.Value.RunDatabaseMigrations)
        {
            var migrator = (IDatabaseMigrator)services.GetService(typeof(IDatabaseMigrator))!;
            await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        var list = sweeps.ToList();
        if (list.Count > 0)
        {
            var runner = (IMigrationRunner)services.GetService(typeof(IMigrationRunner))!;
            _sweeps = Task.Run(() => RunSweepsAsync(runner, list, _stopping.Token), CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _sweeps.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunSweepsAsync(IMigrationRunner runner, List<StartupSweep> list, CancellationToken cancellationToken)
    {
        foreach (var sweep in list)
        {
            try
            {
                await sweep.RunAsync(runner, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is InvalidOperationException or Driver.MongoException)
            {
                MigrationLog.SweepFailed(_logger, exception, sweep.EntityType.Name);
            }
        }
    }
}
