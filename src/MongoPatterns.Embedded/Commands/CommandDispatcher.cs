using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Replication;
using MongoPatterns.Embedded.Transactions;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// Routes a request to its handler: checks <c>$db</c>, the legacy OP_QUERY allow-list, authentication and the
/// transaction fields a standalone rejects, and turns every failure into <c>{ ok: 0, errmsg, code, codeName }</c>.
/// In replica set mode it also checks sessions out for transactions and retryable writes, labels errors
/// (<c>TransientTransactionError</c>, <c>RetryableWriteError</c>) and adds <c>$clusterTime</c> and <c>operationTime</c>.
/// </summary>
internal sealed partial class CommandDispatcher
{
    private static readonly HashSet<string> LegacyQueryCommands = new(StringComparer.Ordinal) { "isMaster", "ismaster", "hello" };

    private readonly Dictionary<string, CommandHandler> _handlers = new(StringComparer.Ordinal);
    private readonly ServerServices _services;
    private readonly ILogger _logger;

    /// <summary>Creates the dispatcher with every command handler.</summary>
    /// <param name="services">The server services.</param>
    public CommandDispatcher(ServerServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _logger = services.LoggerFactory.CreateLogger("MongoPatterns.Embedded.Commands");
        CommandHandler[] handlers =
        [
            new HelloCommand(), new PingCommand(), new BuildInfoCommand(), new HostInfoCommand(), new GetParameterCommand(),
            new GetCmdLineOptsCommand(), new GetLogCommand(), new ConnectionStatusCommand(), new ServerStatusCommand(),
            new WhatsMyUriCommand(), new SessionCommands(), new SaslCommands(), new LogoutCommand(),
            new ListDatabasesCommand(), new DropDatabaseCommand(), new CreateCommand(), new DropCommand(),
            new ListCollectionsCommand(), new RenameCollectionCommand(), new CollModCommand(), new StatsCommands(),
            new InsertCommand(), new FindCommand(), new GetMoreCommand(), new KillCursorsCommand(), new UpdateCommand(),
            new DeleteCommand(), new FindAndModifyCommand(), new CountCommand(), new DistinctCommand(), new AggregateCommand(),
            new CreateIndexesCommand(), new ListIndexesCommand(), new DropIndexesCommand(), new ExplainCommand(),
            new ConfigureFailPointCommand(), new TransactionCommands(), new MiscellaneousCommands(() => _handlers.Keys),
        ];
        foreach (var handler in handlers)
        {
            foreach (var name in handler.Names)
            {
                _handlers.Add(name, handler);
            }
        }
    }

    /// <summary>Executes a request and returns its reply.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancelled on shutdown.</param>
    /// <returns>The reply.</returns>
    public async ValueTask<CommandReply> DispatchAsync(ConnectionInfo connection, WireRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(request);
        var commandName = request.Command.ElementCount > 0 ? request.Command.GetElement(0).Name : string.Empty;
        var sessionInfo = default(OperationSessionInfo);
        CommandReply reply;
        try
        {
            var handler = Resolve(connection, request, commandName, out var database);
            if (_services.ReplicaSet is not null)
            {
                sessionInfo = OperationSessionInfo.Parse(request.Command);
            }

            var context = new CommandContext(_services, connection, request, commandName, database, cancellationToken) { SessionInfo = sessionInfo };
            if (request.Command.TryGetValue("lsid", out var lsid))
            {
                var user = connection.AuthenticatedUser;
                _services.Sessions.Touch(lsid, _services.TimeProvider.GetUtcNow(), user is null ? null : user.Username + "@" + user.Database);
            }

            var failPoint = _services.FailCommand.TryTrigger(commandName, AppName(connection));
            reply = failPoint is null
                ? await ExecuteAsync(handler, context).ConfigureAwait(false)
                : await ExecuteWithFailPointAsync(handler, context, failPoint, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoServerException exception)
        {
            reply = Replies.Error(exception);
            if (exception.ErrorLabels.Count == 0)
            {
                AddLabels(((DocumentReply)reply).Document, ErrorLabels.For(sessionInfo, commandName, exception.Code, null));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCommandFailed(_logger, exception, commandName);
            reply = Replies.Error(new MongoServerException(ErrorCodes.InternalError, $"{exception.GetType().Name}: {exception.Message}"));
        }

        if (_services.ReplicaSet is not null)
        {
            AddClusterTime(reply, _services.ClusterTime);
        }

        return reply;
    }

    private static string? AppName(ConnectionInfo connection) =>
        connection.ClientMetadata?.GetValue("application", null) is BsonDocument application && application.GetValue("name", null) is BsonString name
            ? name.Value
            : null;

    private static void AddLabels(BsonDocument reply, IReadOnlyList<string> labels)
    {
        if (labels.Count == 0 || reply.Contains("errorLabels"))
        {
            return;
        }

        reply.Add("errorLabels", new BsonArray(labels.Select(l => (BsonValue)l)));
    }

    private static void AddClusterTime(CommandReply reply, BsonTimestamp clusterTime)
    {
        switch (reply)
        {
            case DocumentReply { Document: var document }:
                document.Set("$clusterTime", ReplicaSetMember.ClusterTimeDocument(clusterTime));
                document.Set("operationTime", clusterTime);
                break;
            case CursorReply cursor:
                cursor.Trailer = new BsonDocument { { "$clusterTime", ReplicaSetMember.ClusterTimeDocument(clusterTime) }, { "operationTime", clusterTime } };
                break;
        }
    }

    private static MongoServerException WriteErrorAsCommandError(BsonDocument writeError)
    {
        var code = writeError.GetValue("code", ErrorCodes.UnknownError)!.ToInt32();
        var message = writeError.GetValue("errmsg", string.Empty)!.ToString();
        var extra = new BsonDocument(writeError.Where(e => e.Name is not ("index" or "code" or "errmsg" or "codeName")));
        return new MongoServerException(code, message, extra.ElementCount == 0 ? null : extra);
    }

    private async ValueTask<CommandReply> ExecuteWithFailPointAsync(CommandHandler handler, CommandContext context, BsonDocument data, CancellationToken cancellationToken = default)
    {
        if (data.GetValue("blockConnection", null) is { } block && block.ToBoolean())
        {
            var blockTime = data.GetValue("blockTimeMS", 0)!;
            var milliseconds = blockTime.IsNumeric ? blockTime.ToDouble() : 0;
            var maxTime = context.Command.GetValue("maxTimeMS", null);
            if (maxTime is { IsNumeric: true } && maxTime.ToDouble() > 0 && maxTime.ToDouble() < milliseconds)
            {
                // The command would run past its time limit while blocked: it fails like a real one that times out.
                await Task.Delay(TimeSpan.FromMilliseconds(maxTime.ToDouble()), context.Services.TimeProvider, cancellationToken).ConfigureAwait(false);
                return Replies.Error(new MongoServerException(ErrorCodes.MaxTimeMSExpired, "operation exceeded time limit"));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), context.Services.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (data.GetValue("closeConnection", null) is { } close && close.ToBoolean())
        {
            return CloseConnectionReply.Instance;
        }

        var labels = data.GetValue("errorLabels", null) as BsonArray;
        if (data.GetValue("errorCode", null) is { IsNumeric: true } code)
        {
            var error = Replies.Error(new MongoServerException(code.ToInt32(), "Failing command via 'failCommand' failpoint")
            {
                ErrorLabels = labels?.Select(l => l.ToString()).ToArray() ?? [],
            });
            if (labels is null)
            {
                AddLabels(error.Document, ErrorLabels.For(context.SessionInfo, context.CommandName, code.ToInt32(), null));
            }

            return error;
        }

        var reply = await ExecuteAsync(handler, context).ConfigureAwait(false);
        if (reply is DocumentReply document && (data.GetValue("writeConcernError", null) is BsonDocument || labels is not null))
        {
            document.Document.Remove("ok");
            if (data.GetValue("writeConcernError", null) is BsonDocument writeConcernError)
            {
                document.Document.Set("writeConcernError", writeConcernError);
                labels ??= writeConcernError.GetValue("code", null) is { IsNumeric: true } writeConcernCode
                    ? new BsonArray(ErrorLabels.For(context.SessionInfo, context.CommandName, null, writeConcernCode.ToInt32()).Select(l => (BsonValue)l))
                    : null;
            }

            if (labels is { Count: > 0 })
            {
                document.Document.Set("errorLabels", labels);
            }

            document.Document.Add("ok", 1.0);
        }

        return reply;
    }

    /// <summary>Runs a handler, inside the command's transaction or retryable write when it has a transaction number.</summary>
    private async ValueTask<CommandReply> ExecuteAsync(CommandHandler handler, CommandContext context)
    {
        var info = context.SessionInfo;
        if (info.TxnNumber is not { } txnNumber)
        {
            return await handler.ExecuteAsync(context).ConfigureAwait(false);
        }

        if (info.IsTransaction)
        {
            TransactionCommandRules.Validate(context.CommandName, context.Database, context.Command, info.StartTransaction);
        }
        else if (!TransactionCommandRules.IsRetryableWriteCommand(context.CommandName))
        {
            throw new MongoServerException(
                ErrorCodes.NotARetryableWriteCommand,
                $"txnNumber may only be provided for multi-document transactions and retryable write commands. autocommit:false was not provided, and {context.CommandName} is not a retryable write command.");
        }

        var session = _services.Transactions.GetSession(info.SessionId!);
        await session.Gate.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        try
        {
            return info.IsTransaction
                ? await ExecuteInTransactionAsync(handler, context, session).ConfigureAwait(false)
                : await ExecuteRetryableWriteAsync(handler, context, session, txnNumber).ConfigureAwait(false);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private async ValueTask<CommandReply> ExecuteInTransactionAsync(CommandHandler handler, CommandContext context, LogicalSession session)
    {
        var transactions = _services.Transactions;
        var transaction = transactions.BeginOrContinue(session, context.SessionInfo, context.CommandName);
        context.Transaction = transaction;
        try
        {
            if (context.CommandName == "createIndexes" && context.CommandValue is BsonString { Value: var collection })
            {
                TransactionCommandRules.ValidateIndexCreation(transaction, context.Database, collection);
            }

            var reply = await handler.ExecuteAsync(context).ConfigureAwait(false);
            if (reply is DocumentReply { Document: var document } && document.GetValue("writeErrors", null) is BsonArray { Count: > 0 } errors && errors[0] is BsonDocument first)
            {
                // Inside a transaction a write error fails the whole command (and aborts the transaction).
                throw WriteErrorAsCommandError(first);
            }

            return reply;
        }
        catch (Exception) when (!TransactionCommandRules.IsCommitOrAbort(context.CommandName))
        {
            // Any failure of a command inside a transaction aborts the transaction, as in mongod.
            transactions.Abort(transaction, "a command in the transaction failed");
            throw;
        }
    }

    private async ValueTask<CommandReply> ExecuteRetryableWriteAsync(CommandHandler handler, CommandContext context, LogicalSession session, long txnNumber)
    {
        var stored = _services.Transactions.BeginRetryableWrite(session, txnNumber);
        if (stored is not null)
        {
            // A retry of a write that already succeeded: answer as the first time, without applying it again.
            return new DocumentReply(stored);
        }

        var failPoint = _services.TransactionalWriteFailPoint.TryTrigger();
        if (failPoint?.GetValue("failBeforeCommitExceptionCode", null) is { IsNumeric: true } failCode)
        {
            throw new MongoServerException(failCode.ToInt32(), "Failing write for test before commit (onPrimaryTransactionalWrite fail point)");
        }

        var reply = await handler.ExecuteAsync(context).ConfigureAwait(false);
        if (reply is DocumentReply { IsSuccess: true } document)
        {
            TransactionManager.CompleteRetryableWrite(session, txnNumber, document.Document);
        }

        return failPoint is not null && failPoint.GetValue("closeConnection", true)!.ToBoolean() ? CloseConnectionReply.Instance : reply;
    }

    private void ValidateWriteConcern(BsonValue writeConcern)
    {
        if (writeConcern is not BsonDocument document)
        {
            throw CommandArguments.WrongType("command", "writeConcern", writeConcern, "'object'");
        }

        if (document.TryGetValue("w", out var w))
        {
            switch (w)
            {
                case { IsNumeric: true } when w.ToDouble() < 0:
                    throw new MongoServerException(ErrorCodes.FailedToParse, "w has to be a non-negative number and not greater than 50; found: " + w);
                case { IsNumeric: true } when w.ToDouble() > 1 && _services.ReplicaSet is not null:
                    throw new MongoServerException(ErrorCodes.UnsatisfiableWriteConcern, "Not enough data-bearing nodes");
                case { IsNumeric: true } when w.ToDouble() > 1:
                    throw new MongoServerException(ErrorCodes.BadValue, "cannot use 'w' > 1 on a standalone mongod");
                case BsonString { Value: not "majority" } tag:
                    throw new MongoServerException(ErrorCodes.UnknownReplWriteConcern, $"No write concern mode named '{tag.Value}' found in replica set configuration");
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Command {CommandName} failed unexpectedly")]
    private static partial void LogCommandFailed(ILogger logger, Exception exception, string commandName);

    private CommandHandler Resolve(ConnectionInfo connection, WireRequest request, string commandName, out string database)
    {
        if (commandName.Length == 0)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "Command document is empty");
        }

        if (request.Kind == WireRequestKind.LegacyQuery && !LegacyQueryCommands.Contains(commandName))
        {
            throw new MongoServerException(
                ErrorCodes.UnsupportedOpQueryCommand,
                $"Unsupported OP_QUERY command: {commandName}. The client driver may require an upgrade. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal");
        }

        if (request.Database is null)
        {
            throw request.Command.Contains("$db")
                ? CommandArguments.WrongType(commandName, "$db", request.Command["$db"], "'string'")
                : new MongoServerException(40571, "OP_MSG requests require a $db argument");
        }

        database = request.Database;
        if (!_handlers.TryGetValue(commandName, out var handler))
        {
            throw new MongoServerException(ErrorCodes.CommandNotFound, $"no such command: '{commandName}'");
        }

        if (_services.AuthEnabled && handler.RequiresAuthentication && connection.AuthenticatedUser is null)
        {
            throw new MongoServerException(ErrorCodes.Unauthorized, $"Command {commandName} requires authentication");
        }

        if (handler.AdminOnly && database != "admin")
        {
            throw new MongoServerException(ErrorCodes.Unauthorized, $"{commandName} may only be run against the admin database.");
        }

        var command = request.Command;
        if (handler.IsWrite && command.TryGetValue("writeConcern", out var writeConcern))
        {
            ValidateWriteConcern(writeConcern);
        }

        if (_services.ReplicaSet is null && OperationSessionInfo.HasTransactionFields(command))
        {
            throw new MongoServerException(ErrorCodes.IllegalOperation, "Transaction numbers are only allowed on a replica set member or mongos");
        }

        if (command.TryGetValue("apiVersion", out var apiVersion) && apiVersion is not BsonString { Value: "1" })
        {
            throw new MongoServerException(322, $"API version must be \"1\" but got {apiVersion}");
        }

        return handler;
    }
}
