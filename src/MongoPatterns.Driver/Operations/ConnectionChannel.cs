using System.Diagnostics;
using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Core.Connections;
using MongoPatterns.Driver.Core.Servers;
using MongoPatterns.Driver.Core.WireProtocol;
using MongoPatterns.Driver.Diagnostics;
using MongoPatterns.Driver.Exceptions;
using MongoPatterns.Driver.Sessions;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// A connection checked out of a server's pool for an operation, and the command protocol over it: completes the
/// command (<c>$db</c>, <c>lsid</c>, <c>$clusterTime</c>, <c>$readPreference</c>), encodes it as OP_MSG, publishes
/// command events and log messages, traces it, reads and checks the reply, gossips the cluster time, and reports
/// errors to SDAM. Dispose it to check the connection back in.
/// </summary>
internal sealed class ConnectionChannel : IAsyncDisposable
{
    private static readonly BsonDocument EmptyDocument = [];
    private static readonly BsonDocument PrimaryPreferred = new("mode", "primaryPreferred");

    private readonly ClusterType _clusterType;
    private readonly ClusterClock _clock;
    private readonly EventPublisher _events;
    private readonly Server.OperationCountScope _operationCount;
    private bool _disposed;

    /// <summary>Wraps a checked-out connection.</summary>
    public ConnectionChannel(Server server, Connection connection, ClusterType clusterType, ClusterClock clock, EventPublisher events, Server.OperationCountScope operationCount)
    {
        Server = server;
        _operationCount = operationCount;
        Connection = connection;
        _clusterType = clusterType;
        _clock = clock;
        _events = events;
    }

    /// <summary>Gets the server.</summary>
    public Server Server { get; }

    /// <summary>Gets the connection.</summary>
    public Connection Connection { get; }

    /// <summary>Gets the connection's handshake description (limits, session support).</summary>
    public ServerDescription Description => Connection.Description ?? Server.Description;

    /// <summary>Runs a command and returns its successful reply.</summary>
    /// <exception cref="MongoCommandException">The server answered <c>ok: 0</c>.</exception>
    /// <exception cref="MongoConnectionException">The network failed.</exception>
    /// <exception cref="OperationCanceledException">The operation was cancelled (the connection is then closed).</exception>
    public async Task<CommandResult> RunAsync(CommandRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);

        // Cancelled before anything was sent: the connection stays usable.
        context.CancellationToken.ThrowIfCancellationRequested();
        var body = PrepareBody(request, context);
        var commandName = request.CommandName;
        var sensitive = SensitiveCommands.IsSensitive(commandName, body);
        var message = new OpMsgRequest(body, request.Sequences, request.Unacknowledged);

        using var buffer = new PooledBufferWriter(1024);
        message.Encode(buffer, Connection.MaxBsonObjectSize, Connection.MaxMessageSize);

        var monitored = _events.IsCommandMonitoringEnabled;
        using var activity = sensitive ? null : StartActivity(request, context, body);
        if (monitored)
        {
            PublishStarted(request, context, message, sensitive);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await Connection.SendAsync(buffer.WrittenMemory, context.CancellationToken).ConfigureAwait(false);
            if (request.Unacknowledged)
            {
                Complete(request, context, message, started, monitored, activity, CommandResult.Unacknowledged, sensitive);
                return CommandResult.Unacknowledged;
            }

            var response = await Connection.ReceiveAsync(message.RequestId, context.CancellationToken).ConfigureAwait(false);
            CommandResult result;
            try
            {
                var fields = ReplyFields.Read(response.Body);
                result = new CommandResult(response, fields);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            try
            {
                if (result.Fields.ClusterTime is { } clusterTime)
                {
                    _clock.Advance(clusterTime);
                    context.Session.AdvanceClusterTime(clusterTime);
                }

                if (result.Fields.OperationTime is { } operationTime)
                {
                    context.Session.AdvanceOperationTime(operationTime);
                }

                if (result.Fields.CursorId is { } cursorId)
                {
                    activity?.SetTag("db.mongodb.cursor_id", cursorId);
                }

                if (!result.Fields.Ok)
                {
                    throw CommandErrors.FromReply(Server.Address, commandName, result.Document, sensitive);
                }

                Complete(request, context, message, started, monitored, activity, result, sensitive);
                return result;
            }
            catch
            {
                result.Dispose();
                throw;
            }
        }
        catch (Exception exception)
        {
            Fail(request, context, message, started, monitored, activity, exception, sensitive);
            if (exception is MongoConnectionException or OperationCanceledException)
            {
                context.Session.MarkDirty();
            }

            if (exception is MongoConnectionException connectionError && context.Session.IsInTransaction && commandName is not ("commitTransaction" or "abortTransaction"))
            {
                // Transactions specification: a network error inside a transaction makes the whole transaction retryable.
                connectionError.AddErrorLabel(RetryableErrors.TransientTransactionError);
            }

            if (exception is MongoException)
            {
                Server.HandleOperationError(exception, Connection.Generation);
            }

            throw;
        }
    }

    /// <summary>Checks the connection back in.</summary>
    public ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            Server.Pool.CheckIn(Connection);
            _operationCount.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private BsonDocument PrepareBody(CommandRequest request, OperationContext context)
    {
        var body = request.Command;
        body.Set("$db", request.DatabaseName);
        var description = Description;
        if (!request.Unacknowledged && !request.OmitSession && description.LogicalSessionTimeout is { } sessionTimeout)
        {
            body.Set("lsid", context.Session.GetSessionId(sessionTimeout));
            context.Session.PrepareCommand(body, description.Type);
        }
        else if (context.Session.IsInTransaction)
        {
            throw new MongoException(request.Unacknowledged
                ? "Unacknowledged writes are not allowed in a transaction."
                : "Transactions need a server that supports sessions (a replica set member or mongos).");
        }

        if (_clock.ClusterTime is { } clusterTime && description.MaxWireVersion >= WireVersions.OpMsg)
        {
            body.Set("$clusterTime", clusterTime);
        }

        if (request.ReadPreference is { } readPreference && ReadPreferenceDocument(readPreference, description.Type) is { } document)
        {
            body.Set("$readPreference", document);
        }

        return body;
    }

    /// <summary>
    /// The <c>$readPreference</c> to send (Server Selection specification, "passing read preference"): none to a
    /// standalone; to a mongos or a replica set member only when the mode is not primary; to a single non-mongos server
    /// (direct connection) at least <c>primaryPreferred</c>, so that a secondary can answer.
    /// </summary>
    private BsonDocument? ReadPreferenceDocument(ReadPreference readPreference, ServerType serverType)
    {
        if (serverType is ServerType.Standalone or ServerType.Unknown)
        {
            return null;
        }

        if (_clusterType == ClusterType.Single && serverType != ServerType.Mongos && readPreference.Mode == ReadPreferenceMode.Primary)
        {
            return PrimaryPreferred;
        }

        return readPreference.Mode == ReadPreferenceMode.Primary ? null : ToDocument(readPreference);
    }

    private static BsonDocument ToDocument(ReadPreference readPreference)
    {
        var document = new BsonDocument("mode", ReadPreference.ModeName(readPreference.Mode));
        if (readPreference.TagSets.Count > 0)
        {
            var tags = new BsonArray();
            foreach (var set in readPreference.TagSets)
            {
                var tagDocument = new BsonDocument();
                foreach (var tag in set)
                {
                    tagDocument.Add(tag.Key, tag.Value);
                }

                tags.Add(tagDocument);
            }

            document.Add("tags", tags);
        }

        if (readPreference.MaxStaleness is { } staleness)
        {
            document.Add("maxStalenessSeconds", (long)staleness.TotalSeconds);
        }

        return document;
    }

    private Activity? StartActivity(CommandRequest request, OperationContext context, BsonDocument body)
    {
        if (!context.Client.Options.EnableTracing || !DriverDiagnostics.ActivitySource.HasListeners())
        {
            return null;
        }

        var activity = DriverDiagnostics.ActivitySource.StartActivity(request.CommandName, ActivityKind.Client);
        if (activity is null)
        {
            return null;
        }

        var address = Server.Address;
        var unix = address.HostType == MongoHostType.UnixDomainSocket;
        activity.SetTag("db.system", "mongodb");
        activity.SetTag("db.namespace", request.DatabaseName);
        if (request.CollectionName is { } collection)
        {
            activity.SetTag("db.collection.name", collection);
        }

        activity.SetTag("db.command.name", request.CommandName);
        activity.SetTag("db.query.summary", request.CollectionName is null ? $"{request.CommandName} {request.DatabaseName}" : $"{request.CommandName} {request.DatabaseName}.{request.CollectionName}");
        activity.SetTag("server.address", address.Host);
        if (!unix)
        {
            activity.SetTag("server.port", (long)address.Port);
        }

        activity.SetTag("network.transport", unix ? "unix" : "tcp");
        activity.SetTag("db.mongodb.driver_connection_id", Connection.Id);
        if (Connection.ServerConnectionId is { } serverConnectionId)
        {
            activity.SetTag("db.mongodb.server_connection_id", serverConnectionId);
        }

        if (request.CommandName is "getMore" or "killCursors" && body.GetElement(0).Value is { IsInt64: true } cursorId)
        {
            activity.SetTag("db.mongodb.cursor_id", cursorId.AsInt64);
        }

        var maxLength = context.Client.Options.TracingQueryTextMaxLength;
        if (maxLength > 0)
        {
            var text = new BsonDocument(body.Where(element => element.Name is not ("lsid" or "$db" or "$clusterTime" or "signature")));
            activity.SetTag("db.query.text", LogDocumentFormatter.Format(text, maxLength));
        }

        return activity;
    }

    private void PublishStarted(CommandRequest request, OperationContext context, OpMsgRequest message, bool sensitive)
    {
        BsonDocument command;
        if (sensitive)
        {
            command = EmptyDocument;
        }
        else
        {
            command = new BsonDocument(message.Body.Elements);
            foreach (var sequence in message.Sequences)
            {
                command.Set(sequence.Identifier, sequence.ToBsonArray());
            }
        }

        var address = Server.Address;
        if (_events.CommandLogger.IsEnabled(LogLevel.Debug))
        {
            var logged = new LoggedDocument(command, _events.Options.MaxLoggedDocumentLength);
            CommandLogMessages.CommandStarted(_events.CommandLogger, request.CommandName, request.DatabaseName, Connection.Id, Connection.ServerConnectionId, address.Host, LogPort, message.RequestId, context.OperationId, logged);
        }

        _events.Publish(new CommandStartedEvent(request.CommandName, request.DatabaseName, message.RequestId, context.OperationId, Connection.Id, address, Connection.ServerConnectionId, command));
    }

    private void Complete(CommandRequest request, OperationContext context, OpMsgRequest message, long started, bool monitored, Activity? activity, CommandResult result, bool sensitive)
    {
        var duration = Stopwatch.GetElapsedTime(started);
        RecordDuration(request, duration, null);
        if (!monitored)
        {
            return;
        }

        var reply = sensitive ? EmptyDocument : result.Document;
        var address = Server.Address;
        if (_events.CommandLogger.IsEnabled(LogLevel.Debug))
        {
            var logged = new LoggedDocument(reply, _events.Options.MaxLoggedDocumentLength);
            CommandLogMessages.CommandSucceeded(_events.CommandLogger, request.CommandName, request.DatabaseName, duration.TotalMilliseconds, Connection.Id, Connection.ServerConnectionId, address.Host, LogPort, message.RequestId, context.OperationId, logged);
        }

        _events.Publish(new CommandSucceededEvent(request.CommandName, request.DatabaseName, message.RequestId, context.OperationId, Connection.Id, address, Connection.ServerConnectionId, reply, duration));
        _ = activity;
    }

    private void Fail(CommandRequest request, OperationContext context, OpMsgRequest message, long started, bool monitored, Activity? activity, Exception exception, bool sensitive)
    {
        var duration = Stopwatch.GetElapsedTime(started);
        RecordDuration(request, duration, exception);
        ActivityFailures.Record(activity, exception);
        if (!monitored)
        {
            return;
        }

        var address = Server.Address;
        if (_events.CommandLogger.IsEnabled(LogLevel.Debug))
        {
            CommandLogMessages.CommandFailed(_events.CommandLogger, request.CommandName, request.DatabaseName, duration.TotalMilliseconds, Connection.Id, Connection.ServerConnectionId, address.Host, LogPort, message.RequestId, context.OperationId, sensitive ? "(redacted)" : exception.Message);
        }

        _events.Publish(new CommandFailedEvent(request.CommandName, request.DatabaseName, message.RequestId, context.OperationId, Connection.Id, address, Connection.ServerConnectionId, exception, duration));
    }

    private void RecordDuration(CommandRequest request, TimeSpan duration, Exception? exception)
    {
        if (!DriverDiagnostics.CommandDuration.Enabled)
        {
            return;
        }

        var address = Server.Address;
        var tags = new TagList
        {
            { "db.system", "mongodb" },
            { "db.operation.name", request.CommandName },
            { "db.namespace", request.DatabaseName },
            { "server.address", address.Host },
        };
        if (address.HostType != MongoHostType.UnixDomainSocket)
        {
            tags.Add("server.port", address.Port);
        }

        if (exception is not null)
        {
            tags.Add("error.type", exception is MongoCommandException command ? command.CodeName ?? command.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : exception.GetType().Name);
        }

        DriverDiagnostics.CommandDuration.Record(duration.TotalSeconds, tags);
    }

    private int? LogPort => Server.Address.HostType == MongoHostType.UnixDomainSocket ? null : Server.Address.Port;
}
