using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoPatterns.Bson;
using MongoPatterns.Databases;

namespace MongoPatterns.Health;

/// <summary>Pings every registered database (concurrently, each with a timeout) and reports per-database results.</summary>
internal sealed class MongoPatternsHealthCheck(IMongoDatabaseProvider databases, TimeSpan timeout) : IHealthCheck
{
    private static readonly BsonDocument Ping = new("ping", 1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = databases.Names;
        var checks = new Task<string?>[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            checks[i] = PingAsync(names[i], cancellationToken);
        }

        var errors = await Task.WhenAll(checks).ConfigureAwait(false);
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var failed = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            data[names[i]] = errors[i] ?? "ok";
            if (errors[i] is not null)
            {
                failed.Add(names[i]);
            }
        }

        return failed.Count == 0
            ? HealthCheckResult.Healthy($"{names.Count} MongoDB database(s) answered ping.", data)
            : new HealthCheckResult(context.Registration.FailureStatus, $"MongoDB database(s) not answering: {string.Join(", ", failed)}.", data: data);
    }

    private async Task<string?> PingAsync(string name, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await databases.GetDatabase(name).RunCommandAsync<BsonDocument>(Ping, cancellationToken: timeoutSource.Token).WaitAsync(timeoutSource.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {timeout.TotalSeconds:0.###} s";
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return exception.Message;
        }
    }
}
