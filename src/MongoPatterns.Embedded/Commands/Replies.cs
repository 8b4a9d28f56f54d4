using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>Builds the common reply documents.</summary>
internal static class Replies
{
    /// <summary>Gets <c>{ ok: 1 }</c>.</summary>
    /// <returns>The reply.</returns>
    public static DocumentReply Ok() => new(new BsonDocument("ok", 1.0));

    /// <summary>Appends <c>ok: 1</c> to a document and wraps it.</summary>
    /// <param name="document">The reply fields.</param>
    /// <returns>The reply.</returns>
    public static DocumentReply Ok(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set("ok", 1.0);
        return new DocumentReply(document);
    }

    /// <summary>Builds an error reply <c>{ ok: 0, errmsg, code, codeName, ...extra }</c>.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>The reply.</returns>
    public static DocumentReply Error(MongoServerException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var document = new BsonDocument
        {
            { "ok", 0.0 },
            { "errmsg", exception.Message },
            { "code", exception.Code },
            { "codeName", exception.CodeName },
        };
        if (exception.ExtraInfo is not null)
        {
            foreach (var element in exception.ExtraInfo)
            {
                document.Set(element.Name, element.Value);
            }
        }

        if (exception.ErrorLabels.Count > 0)
        {
            document.Add("errorLabels", new BsonArray(exception.ErrorLabels.Select(l => (BsonValue)l)));
        }

        return new DocumentReply(document);
    }

    /// <summary>Builds a write error entry <c>{ index, code, errmsg, ...extra }</c>.</summary>
    /// <param name="index">The position of the failed operation.</param>
    /// <param name="exception">The error.</param>
    /// <returns>The write error document.</returns>
    public static BsonDocument WriteError(int index, MongoServerException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var document = new BsonDocument { { "index", index }, { "code", exception.Code } };
        if (exception.ExtraInfo is not null)
        {
            foreach (var element in exception.ExtraInfo)
            {
                document.Set(element.Name, element.Value);
            }
        }

        document.Set("errmsg", exception.Message);
        return document;
    }
}
