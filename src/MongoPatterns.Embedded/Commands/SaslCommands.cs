using MongoPatterns.Bson;
using MongoPatterns.Embedded.Auth;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>saslStart</c> and <c>saslContinue</c>: SCRAM-SHA-1 and SCRAM-SHA-256 authentication.</summary>
internal sealed class SaslCommands : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["saslStart", "saslContinue"];

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <summary>Runs hello's <c>speculativeAuthenticate</c>; returns null when it cannot start (the client then authenticates normally).</summary>
    /// <param name="context">The hello command.</param>
    /// <param name="command">The embedded saslStart command.</param>
    /// <returns>The speculative reply or null.</returns>
    public static BsonDocument? TrySpeculativeStart(CommandContext context, BsonDocument command)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (!command.Contains("saslStart"))
        {
            return null;
        }

        var database = command.TryGetValue("db", out var db) && db is BsonString s ? s.Value : context.Database;
        try
        {
            var reply = Start(context, command, database);
            reply.Remove("ok");
            return reply;
        }
        catch (MongoServerException)
        {
            context.Connection.Conversation = null;
            return null;
        }
    }

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return context.CommandName == "saslStart"
                ? Replies.Ok(Start(context, context.Command, context.Database))
                : Replies.Ok(Continue(context));
        }
        catch (MongoServerException)
        {
            context.Connection.Conversation = null;
            throw;
        }
    }

    private static BsonDocument Start(CommandContext context, BsonDocument command, string database)
    {
        var mechanism = CommandArguments.GetString(command, "saslStart", "mechanism")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'saslStart.mechanism' is missing but a required field");
        var algorithm = ScramAlgorithm.FromMechanism(mechanism)
            ?? throw new MongoServerException(ErrorCodes.MechanismUnavailable, $"Received authentication for mechanism {mechanism} which is not enabled");
        var skipEmptyExchange = command.TryGetValue("options", out var options) && options is BsonDocument o
            && o.TryGetValue("skipEmptyExchange", out var skip) && skip.ToBoolean();
        var conversation = new ScramServerConversation(algorithm, context.Services.Users, database, 1) { SkipEmptyExchange = skipEmptyExchange };
        context.Connection.Conversation = conversation;
        var payload = conversation.Step(Payload(command));
        return new BsonDocument
        {
            { "conversationId", conversation.ConversationId },
            { "done", false },
            { "payload", new BsonBinaryData(payload) },
        };
    }

    private static BsonDocument Continue(CommandContext context)
    {
        var conversation = context.Connection.Conversation
            ?? throw new MongoServerException(ErrorCodes.ProtocolError, "No SASL session state found");
        if (CommandArguments.GetInt64(context.Command, "saslContinue", "conversationId") is { } id && id != conversation.ConversationId)
        {
            throw new MongoServerException(ErrorCodes.ProtocolError, $"Mismatched conversation id: {id}");
        }

        var wasComplete = conversation.IsComplete;
        var payload = conversation.Step(Payload(context.Command));
        var done = wasComplete || (conversation.IsComplete && conversation.SkipEmptyExchange);
        if (conversation.IsComplete)
        {
            context.Connection.AuthenticatedUser = conversation.User;
        }

        if (done)
        {
            context.Connection.Conversation = null;
        }

        return new BsonDocument
        {
            { "conversationId", conversation.ConversationId },
            { "done", done },
            { "payload", new BsonBinaryData(payload) },
        };
    }

    private static ReadOnlySpan<byte> Payload(BsonDocument command) => command.TryGetValue("payload", out var payload)
        ? payload switch
        {
            BsonBinaryData binary => binary.Bytes.Span,
            BsonString text => System.Text.Encoding.UTF8.GetBytes(text.Value),
            _ => throw new MongoServerException(ErrorCodes.TypeMismatch, "BSON field 'payload' is the wrong type, expected type 'binData'"),
        }
        : throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'payload' is missing but a required field");
}
