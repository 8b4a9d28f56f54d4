using MongoPatterns.Bson;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver;

/// <summary>
/// The write was applied but could not be acknowledged as the write concern asked (e.g. not enough replica set
/// members confirmed it before <c>wtimeout</c>).
/// </summary>
public sealed class WriteConcernError
{
    /// <summary>Initializes a write concern error.</summary>
    /// <param name="code">The server error code.</param>
    /// <param name="codeName">The code name, or <see langword="null"/>.</param>
    /// <param name="message">The server's message.</param>
    /// <param name="details">The <c>errInfo</c> document, or <see langword="null"/>.</param>
    /// <param name="errorLabels">The error labels the server attached to the write concern error.</param>
    public WriteConcernError(int code, string? codeName, string message, BsonDocument? details = null, IReadOnlyList<string>? errorLabels = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        CodeName = codeName ?? ServerErrorCodes.NameOf(code);
        Message = message;
        Details = details;
        ErrorLabels = errorLabels ?? [];
    }

    /// <summary>Gets the server error code, e.g. 64 (<c>WriteConcernFailed</c>).</summary>
    public int Code { get; }

    /// <summary>Gets the code name, or <see langword="null"/> when unknown.</summary>
    public string? CodeName { get; }

    /// <summary>Gets the server's message.</summary>
    public string Message { get; }

    /// <summary>Gets the <c>errInfo</c> document, or <see langword="null"/>.</summary>
    public BsonDocument? Details { get; }

    /// <summary>Gets the error labels of the write concern error.</summary>
    public IReadOnlyList<string> ErrorLabels { get; }

    /// <summary>Returns the code, code name and message.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Code} ({CodeName ?? "unknown"}): {Message}";
}
