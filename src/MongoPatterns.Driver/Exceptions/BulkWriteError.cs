using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A write error of a bulk write, with the position of the failed request in the caller's list.</summary>
public sealed class BulkWriteError : WriteError
{
    /// <summary>Initializes a bulk write error.</summary>
    /// <param name="index">The index of the failed request in the list given to the bulk write (or insert many).</param>
    /// <param name="code">The server error code.</param>
    /// <param name="codeName">The code name, or <see langword="null"/>.</param>
    /// <param name="message">The server's message.</param>
    /// <param name="details">The <c>errInfo</c> document, or <see langword="null"/>.</param>
    /// <param name="keyPattern">For duplicate key errors, the key pattern, or <see langword="null"/>.</param>
    /// <param name="keyValue">For duplicate key errors, the duplicate key value, or <see langword="null"/>.</param>
    public BulkWriteError(int index, int code, string? codeName, string message, BsonDocument? details = null, BsonDocument? keyPattern = null, BsonDocument? keyValue = null)
        : base(code, codeName, message, details, keyPattern, keyValue)
    {
        Index = index;
    }

    /// <summary>Gets the index of the failed request in the caller's list.</summary>
    public int Index { get; }

    /// <summary>Returns the index, code and message.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"#{Index}: {base.ToString()}";
}
