using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Errors;

/// <summary>
/// A command failure as MongoDB reports it: <c>{ ok: 0, errmsg, code, codeName, ...extra }</c>. Thrown by the
/// query, update and aggregation engines and by command handlers; the dispatcher turns it into the reply.
/// </summary>
internal sealed class MongoServerException : Exception
{
    public MongoServerException(int code, string message, BsonDocument? extraInfo = null)
        : base(message)
    {
        Code = code;
        ExtraInfo = extraInfo;
    }

    public MongoServerException()
        : this(ErrorCodes.InternalError, "internal error")
    {
    }

    public MongoServerException(string message)
        : this(ErrorCodes.InternalError, message)
    {
    }

    public MongoServerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.InternalError;
    }

    /// <summary>Gets the numeric error code (e.g. 11000).</summary>
    public int Code { get; }

    /// <summary>Gets the code name (e.g. <c>DuplicateKey</c>).</summary>
    public string CodeName => ErrorCodes.NameOf(Code);

    /// <summary>Gets extra fields added to the error reply or write error (e.g. <c>keyPattern</c>, <c>keyValue</c>).</summary>
    public BsonDocument? ExtraInfo { get; }

    /// <summary>Gets error labels attached to the reply (e.g. <c>TransientTransactionError</c>).</summary>
    public IReadOnlyList<string> ErrorLabels { get; init; } = [];
}
