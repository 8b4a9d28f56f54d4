using Microsoft.Extensions.Logging;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>The server selection log messages of the Server Selection specification (category <c>MongoPatterns.Driver.ServerSelection</c>).</summary>
internal static partial class ServerSelectionLogMessages
{
    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Server selection started for operation {operation} with ID {operationId}. Selector: {selector}, topology description: {topologyDescription}")]
    public static partial void Started(ILogger logger, string operation, long operationId, object selector, object topologyDescription);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "Server selection succeeded for operation {operation} with ID {operationId}. Selected server: {serverHost}:{serverPort}. Selector: {selector}, topology description: {topologyDescription}")]
    public static partial void Succeeded(ILogger logger, string operation, long operationId, string serverHost, int? serverPort, object selector, object topologyDescription);

    [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "Server selection failed for operation {operation} with ID {operationId}. Failure: {failure}. Selector: {selector}, topology description: {topologyDescription}")]
    public static partial void Failed(ILogger logger, string operation, long operationId, string failure, object selector, object topologyDescription);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "Waiting for server to become available for operation {operation} with ID {operationId}. Remaining time: {remainingTimeMS} ms. Selector: {selector}, topology description: {topologyDescription}")]
    public static partial void Waiting(ILogger logger, string operation, long operationId, long remainingTimeMS, object selector, object topologyDescription);
}
