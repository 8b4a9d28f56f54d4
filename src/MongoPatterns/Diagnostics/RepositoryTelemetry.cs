using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MongoPatterns.Diagnostics;

/// <summary>The telemetry of one repository: its tags (entity, collection, database) and logger.</summary>
internal sealed class RepositoryTelemetry(string entity, string database, string collection, ILogger logger)
{
    public ILogger Logger { get; } = logger;

    public OperationScope Start(string operation) => new(this, operation);

    public Activity? StartActivity(string operation)
    {
        var activity = MongoPatternsTelemetry.ActivitySource.StartActivity("MongoPatterns " + operation, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("mongopatterns.entity", entity);
            activity.SetTag("mongopatterns.operation", operation);
            activity.SetTag("db.system", "mongodb");
            activity.SetTag("db.namespace", database);
            activity.SetTag("db.collection.name", collection);
        }

        return activity;
    }

    public void Record(string operation, TimeSpan elapsed, long read, long written, Activity? activity, Exception? exception)
    {
        if (MongoPatternsTelemetry.OperationDuration.Enabled)
        {
            var tags = new TagList
            {
                { "mongopatterns.entity", entity },
                { "mongopatterns.operation", operation },
                { "db.namespace", database },
                { "db.collection.name", collection },
            };
            if (exception is not null)
            {
                tags.Add("error.type", exception.GetType().Name);
            }

            MongoPatternsTelemetry.OperationDuration.Record(elapsed.TotalSeconds, tags);
        }

        if (read > 0 && MongoPatternsTelemetry.DocumentsRead.Enabled)
        {
            MongoPatternsTelemetry.DocumentsRead.Add(read, new KeyValuePair<string, object?>("mongopatterns.entity", entity), new KeyValuePair<string, object?>("db.collection.name", collection));
        }

        if (written > 0 && MongoPatternsTelemetry.DocumentsWritten.Enabled)
        {
            MongoPatternsTelemetry.DocumentsWritten.Add(written, new KeyValuePair<string, object?>("mongopatterns.entity", entity), new KeyValuePair<string, object?>("db.collection.name", collection));
        }

        if (activity is not null)
        {
            if (exception is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, exception.Message);
                activity.SetTag("error.type", exception.GetType().FullName);
            }

            activity.Dispose();
        }

        if (Logger.IsEnabled(LogLevel.Debug))
        {
            if (exception is null)
            {
                RepositoryLog.OperationCompleted(Logger, operation, database, collection, elapsed.TotalMilliseconds, read + written);
            }
            else
            {
                RepositoryLog.OperationFailed(Logger, exception, operation, database, collection, elapsed.TotalMilliseconds);
            }
        }
    }
}
