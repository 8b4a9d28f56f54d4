using Microsoft.Extensions.Logging;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>The connection pool log messages of the CMAP specification (category <c>MongoPatterns.Driver.Connection</c>, Debug level).</summary>
internal static partial class ConnectionLogMessages
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Connection pool created for {serverHost}:{serverPort} using options maxIdleTimeMS={maxIdleTimeMS}, minPoolSize={minPoolSize}, maxPoolSize={maxPoolSize}, maxConnecting={maxConnecting}, waitQueueTimeoutMS={waitQueueTimeoutMS}")]
    public static partial void PoolCreated(ILogger logger, string serverHost, int? serverPort, double maxIdleTimeMS, int minPoolSize, int maxPoolSize, int maxConnecting, double waitQueueTimeoutMS);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Connection pool ready for {serverHost}:{serverPort}")]
    public static partial void PoolReady(ILogger logger, string serverHost, int? serverPort);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Connection pool for {serverHost}:{serverPort} cleared")]
    public static partial void PoolCleared(ILogger logger, string serverHost, int? serverPort);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "Connection pool closed for {serverHost}:{serverPort}")]
    public static partial void PoolClosed(ILogger logger, string serverHost, int? serverPort);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Connection created: address={serverHost}:{serverPort}, driver-generated ID={driverConnectionId}")]
    public static partial void ConnectionCreated(ILogger logger, string serverHost, int? serverPort, long driverConnectionId);

    [LoggerMessage(EventId = 106, Level = LogLevel.Debug, Message = "Connection ready: address={serverHost}:{serverPort}, driver-generated ID={driverConnectionId}, established in={durationMS} ms")]
    public static partial void ConnectionReady(ILogger logger, string serverHost, int? serverPort, long driverConnectionId, double durationMS);

    [LoggerMessage(EventId = 107, Level = LogLevel.Debug, Message = "Connection closed: address={serverHost}:{serverPort}, driver-generated ID={driverConnectionId}. Reason: {reason}. Error: {error}")]
    public static partial void ConnectionClosed(ILogger logger, string serverHost, int? serverPort, long driverConnectionId, ConnectionClosedReason reason, string? error);

    [LoggerMessage(EventId = 108, Level = LogLevel.Debug, Message = "Checkout started for connection to {serverHost}:{serverPort}")]
    public static partial void CheckOutStarted(ILogger logger, string serverHost, int? serverPort);

    [LoggerMessage(EventId = 109, Level = LogLevel.Debug, Message = "Checkout failed for connection to {serverHost}:{serverPort}. Reason: {reason}. Error: {error}. Duration: {durationMS} ms")]
    public static partial void CheckOutFailed(ILogger logger, string serverHost, int? serverPort, ConnectionCheckOutFailedReason reason, string? error, double durationMS);

    [LoggerMessage(EventId = 110, Level = LogLevel.Debug, Message = "Connection checked out: address={serverHost}:{serverPort}, driver-generated ID={driverConnectionId}, duration={durationMS} ms")]
    public static partial void CheckedOut(ILogger logger, string serverHost, int? serverPort, long driverConnectionId, double durationMS);

    [LoggerMessage(EventId = 111, Level = LogLevel.Debug, Message = "Connection checked in: address={serverHost}:{serverPort}, driver-generated ID={driverConnectionId}")]
    public static partial void CheckedIn(ILogger logger, string serverHost, int? serverPort, long driverConnectionId);
}
