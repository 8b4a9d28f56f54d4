namespace MongoPatterns.Bson.Json;

/// <summary>What the reader collected from the <c>$</c>-keys of one JSON object, to decide at its end what it encodes.</summary>
internal struct WrapperParts
{
    /// <summary>The wrapper keys seen.</summary>
    public WrapperKeys Keys;

    /// <summary>The value of a single-key wrapper (<c>$oid</c>, <c>$date</c>, <c>$binary</c> object, ...).</summary>
    public BsonValue? Value;

    /// <summary>The <c>$code</c> text, the legacy <c>$binary</c> base64 text or the legacy <c>$regex</c> pattern.</summary>
    public string? Text;

    /// <summary>The <c>$scope</c> document.</summary>
    public BsonDocument? Scope;

    /// <summary>The legacy <c>$options</c> text.</summary>
    public string? Options;

    /// <summary>The legacy <c>$type</c> text.</summary>
    public string? Type;

    /// <summary>How many legacy keys were also kept as ordinary elements, for when the object turns out to be a document.</summary>
    public int LegacyElementCount;

    /// <summary>Where the first wrapper key starts (UTF-8 byte offset), for error messages.</summary>
    public long Position;
}
