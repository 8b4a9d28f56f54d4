using MongoPatterns.Bson;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver;

/// <summary>A write the server rejected: one document of an insert, one statement of an update or delete.</summary>
public class WriteError
{
    /// <summary>Initializes a write error.</summary>
    /// <param name="code">The server error code.</param>
    /// <param name="codeName">The code name, or <see langword="null"/> when the server did not send one and it is not a well-known code.</param>
    /// <param name="message">The server's message.</param>
    /// <param name="details">The <c>errInfo</c> document (e.g. why a document failed validation), or <see langword="null"/>.</param>
    /// <param name="keyPattern">For duplicate key errors, the key pattern of the violated index, when the server sent it.</param>
    /// <param name="keyValue">For duplicate key errors, the duplicate key value, when the server sent it.</param>
    public WriteError(int code, string? codeName, string message, BsonDocument? details = null, BsonDocument? keyPattern = null, BsonDocument? keyValue = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        CodeName = codeName ?? ServerErrorCodes.NameOf(code);
        Message = message;
        Details = details;
        KeyPattern = keyPattern;
        KeyValue = keyValue;
    }

    /// <summary>Gets the category derived from <see cref="Code"/>.</summary>
    public ServerErrorCategory Category => ServerErrorCodes.Categorize(Code);

    /// <summary>Gets the server error code, e.g. 11000 for a duplicate key.</summary>
    public int Code { get; }

    /// <summary>Gets the code name, e.g. <c>DuplicateKey</c>, or <see langword="null"/> when unknown.</summary>
    public string? CodeName { get; }

    /// <summary>Gets the server's message.</summary>
    public string Message { get; }

    /// <summary>Gets the <c>errInfo</c> document, or <see langword="null"/>.</summary>
    public BsonDocument? Details { get; }

    /// <summary>Gets the key pattern of the violated unique index (duplicate key errors), or <see langword="null"/>.</summary>
    public BsonDocument? KeyPattern { get; }

    /// <summary>Gets the duplicate key value (duplicate key errors), or <see langword="null"/>.</summary>
    public BsonDocument? KeyValue { get; }

    /// <summary>Returns the code, code name and message.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Code} ({CodeName ?? "unknown"}): {Message}";
}
