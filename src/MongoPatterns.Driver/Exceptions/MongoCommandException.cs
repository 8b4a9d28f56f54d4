using MongoPatterns.Bson;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver;

/// <summary>
/// Thrown when the server answers a command with <c>ok: 0</c>: the command was understood but failed (bad arguments,
/// missing namespace, not authorized, ...). <see cref="Code"/> and <see cref="CodeName"/> identify the error.
/// </summary>
public class MongoCommandException : MongoServerException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="serverAddress">The server that ran the command, when known.</param>
    /// <param name="commandName">The command name, e.g. <c>find</c>.</param>
    /// <param name="code">The server error code.</param>
    /// <param name="codeName">The code name, or <see langword="null"/>.</param>
    /// <param name="errorMessage">The server's <c>errmsg</c>.</param>
    /// <param name="result">The reply document, or <see langword="null"/> for sensitive commands (authentication, user management).</param>
    public MongoCommandException(MongoServerAddress? serverAddress, string commandName, int code, string? codeName, string errorMessage, BsonDocument? result)
        : this(serverAddress, commandName, code, codeName, errorMessage, result, FormatMessage(commandName, code, codeName ?? ServerErrorCodes.NameOf(code), errorMessage))
    {
    }

    /// <summary>Initializes a new instance with a custom message (used by derived exceptions).</summary>
    /// <param name="serverAddress">The server that ran the command, when known.</param>
    /// <param name="commandName">The command name.</param>
    /// <param name="code">The server error code.</param>
    /// <param name="codeName">The code name, or <see langword="null"/>.</param>
    /// <param name="errorMessage">The server's <c>errmsg</c>.</param>
    /// <param name="result">The reply document, or <see langword="null"/>.</param>
    /// <param name="message">The exception message.</param>
    protected MongoCommandException(MongoServerAddress? serverAddress, string commandName, int code, string? codeName, string errorMessage, BsonDocument? result, string message)
        : base(serverAddress, message)
    {
        ArgumentNullException.ThrowIfNull(commandName);
        ArgumentNullException.ThrowIfNull(errorMessage);
        CommandName = commandName;
        Code = code;
        CodeName = codeName ?? ServerErrorCodes.NameOf(code);
        ErrorMessage = errorMessage;
        Result = result;
    }

    /// <summary>Gets the name of the command that failed.</summary>
    public string CommandName { get; }

    /// <summary>Gets the server error code.</summary>
    public int Code { get; }

    /// <summary>Gets the code name, e.g. <c>NamespaceNotFound</c>, or <see langword="null"/> when unknown.</summary>
    public string? CodeName { get; }

    /// <summary>Gets the server's error message (<c>errmsg</c>).</summary>
    public string ErrorMessage { get; }

    /// <summary>Gets the reply document, or <see langword="null"/> when the command is sensitive and its reply is withheld.</summary>
    public BsonDocument? Result { get; }

    private static string FormatMessage(string commandName, int code, string? codeName, string errorMessage) =>
        $"Command {commandName} failed: {errorMessage} (code {code}{(codeName is null ? string.Empty : ", " + codeName)}).";
}
