using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>A document in a log message: formatted (relaxed Extended JSON, truncated) only when the message is written.</summary>
internal sealed class LoggedDocument
{
    private readonly BsonDocument _document;
    private readonly int _maxLength;

    /// <summary>Wraps a document.</summary>
    public LoggedDocument(BsonDocument document, int maxLength)
    {
        _document = document;
        _maxLength = maxLength;
    }

    /// <summary>Returns the formatted, truncated document.</summary>
    public override string ToString() => LogDocumentFormatter.Format(_document, _maxLength);
}
