using Microsoft.Extensions.Logging;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>The command log messages of the Command Logging and Monitoring specification (category <c>MongoPatterns.Driver.Command</c>, Debug level).</summary>
internal static partial class CommandLogMessages
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Command started: \"{commandName}\" on database \"{databaseName}\" using a connection with driver-generated ID {driverConnectionId} and server-generated ID {serverConnectionId} to {serverHost}:{serverPort}. The requestID is {requestId} and the operation ID is {operationId}. Command: {command}")]
    public static partial void CommandStarted(ILogger logger, string commandName, string databaseName, long driverConnectionId, long? serverConnectionId, string serverHost, int? serverPort, long requestId, long operationId, LoggedDocument command);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Command succeeded: \"{commandName}\" on database \"{databaseName}\" in {durationMS} ms using a connection with driver-generated ID {driverConnectionId} and server-generated ID {serverConnectionId} to {serverHost}:{serverPort}. The requestID is {requestId} and the operation ID is {operationId}. Command reply: {reply}")]
    public static partial void CommandSucceeded(ILogger logger, string commandName, string databaseName, double durationMS, long driverConnectionId, long? serverConnectionId, string serverHost, int? serverPort, long requestId, long operationId, LoggedDocument reply);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Command failed: \"{commandName}\" on database \"{databaseName}\" in {durationMS} ms using a connection with driver-generated ID {driverConnectionId} and server-generated ID {serverConnectionId} to {serverHost}:{serverPort}. The requestID is {requestId} and the operation ID is {operationId}. Error: {failure}")]
    public static partial void CommandFailed(ILogger logger, string commandName, string databaseName, double durationMS, long driverConnectionId, long? serverConnectionId, string serverHost, int? serverPort, long requestId, long operationId, string failure);
}
