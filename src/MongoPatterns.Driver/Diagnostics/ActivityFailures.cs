using System.Diagnostics;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>Records exceptions on activities the way the OpenTelemetry specification asks (status, exception event).</summary>
internal static class ActivityFailures
{
    /// <summary>Marks the activity failed and adds an <c>exception</c> event.</summary>
    public static void Record(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        if (exception is MongoCommandException command)
        {
            activity.SetTag("db.response.status_code", command.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        activity.SetTag("error.type", exception.GetType().FullName);
#if NET9_0_OR_GREATER
        activity.AddException(exception);
#else
        activity.AddEvent(new ActivityEvent("exception", tags: new ActivityTagsCollection
        {
            ["exception.message"] = exception.Message,
            ["exception.type"] = exception.GetType().FullName,
            ["exception.stacktrace"] = exception.ToString(),
        }));
#endif
    }
}
