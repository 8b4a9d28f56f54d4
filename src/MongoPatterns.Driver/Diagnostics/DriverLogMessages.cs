using Microsoft.Extensions.Logging;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>Log messages about the driver itself rather than commands, pools or server selection.</summary>
internal static partial class DriverLogMessages
{
    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "The MongoDB event subscriber threw while handling a {eventType}; the exception was ignored")]
    public static partial void SubscriberFailed(ILogger logger, string eventType, Exception exception);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Connection string warning: {warning}")]
    public static partial void SettingsWarning(ILogger logger, string warning);

    [LoggerMessage(EventId = 303, Level = LogLevel.Debug, Message = "A background clean-up ({what}) against {server} failed: {error}")]
    public static partial void BackgroundCleanupFailed(ILogger logger, string what, MongoServerAddress server, string error);

    [LoggerMessage(EventId = 304, Level = LogLevel.Debug, Message = "Server check of {server} failed: {error}")]
    public static partial void ServerCheckFailed(ILogger logger, MongoServerAddress server, string error);
}
