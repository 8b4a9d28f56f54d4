using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.WireProtocol;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// A command to send: the body (its first element names the command), the database, optional OP_MSG document
/// sequences, and how to route and acknowledge it. The channel adds <c>$db</c>, <c>lsid</c>, <c>$clusterTime</c> and
/// <c>$readPreference</c>; operations add <c>readConcern</c> and <c>writeConcern</c> themselves.
/// </summary>
internal sealed class CommandRequest
{
    /// <summary>Creates a request.</summary>
    public CommandRequest(string databaseName, BsonDocument command)
    {
        ArgumentException.ThrowIfNullOrEmpty(databaseName);
        ArgumentNullException.ThrowIfNull(command);
        if (command.ElementCount == 0)
        {
            throw new ArgumentException("A command document needs at least the command name.", nameof(command));
        }

        DatabaseName = databaseName;
        Command = command;
    }

    /// <summary>Gets the database.</summary>
    public string DatabaseName { get; }

    /// <summary>Gets the command body.</summary>
    public BsonDocument Command { get; }

    /// <summary>Gets the command name.</summary>
    public string CommandName => Command.GetElement(0).Name;

    /// <summary>Gets the document sequences (insert documents, update or delete statements).</summary>
    public IReadOnlyList<DocumentSequence> Sequences { get; init; } = [];

    /// <summary>Gets the read preference of a read, or <see langword="null"/> for writes and cursor follow-ups.</summary>
    public ReadPreference? ReadPreference { get; init; }

    /// <summary>Gets a value indicating whether the write is unacknowledged (<c>moreToCome</c>: no reply is read).</summary>
    public bool Unacknowledged { get; init; }

    /// <summary>Gets a value indicating whether no <c>lsid</c> may be sent (e.g. <c>endSessions</c>).</summary>
    public bool OmitSession { get; init; }

    /// <summary>Gets the collection the command targets, for tracing.</summary>
    public string? CollectionName { get; init; }
}
