using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using MongoPatterns.Diagnostics;
using MongoPatterns.Embedded;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Diagnostics;

public sealed class TelemetryTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task RepositoryOperations_EmitActivitiesMetricsAndDebugLogs()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == MongoPatternsTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Collection)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MongoPatternsTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Collection(tags))));
        meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Collection(tags))));
        meterListener.Start();
        var users = Repository<User>();
        var user = new User { Name = "Ada" };

        await users.InsertAsync(user);
        await users.GetByIdAsync(user.Id!);

        var insert = Assert.Single(activities, a => (string?)a.GetTagItem("mongopatterns.operation") == "insert" && (string?)a.GetTagItem("db.namespace") == DatabaseName);
        Assert.Equal("User", insert.GetTagItem("mongopatterns.entity"));
        Assert.Equal("users", insert.GetTagItem("db.collection.name"));
        Assert.Contains(measurements, m => m.Instrument == "mongopatterns.operation.duration" && m.Collection == "users");
        Assert.Contains(measurements, m => m.Instrument == "mongopatterns.documents.written" && m.Value == 1 && m.Collection == "users");
        Assert.Contains(measurements, m => m.Instrument == "mongopatterns.documents.read" && m.Value == 1 && m.Collection == "users");
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Debug && e.Category.Contains("Repository", StringComparison.Ordinal) && e.Message.StartsWith("getById on " + DatabaseName + ".users took", StringComparison.Ordinal));
    }

    [Fact]
    public void ContinuationTokenKeyNotConfigured_LogsAStartupWarning()
    {
        Repository<User>(o => o.Paging.ContinuationTokenKey = null).Find();
        var services = BuildServices(b => b.AddRepository<User>(), o => o.Paging.ContinuationTokenKey = null);

        _ = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<MongoPatterns.Paging.ContinuationTokenProtector>(services);

        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("ContinuationTokenKey is not set", StringComparison.Ordinal));
    }

    private static string? Collection(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "db.collection.name")
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
