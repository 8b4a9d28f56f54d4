using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson.Json;

namespace MongoPatterns.Bson;

/// <content>Extended JSON parsing.</content>
public sealed partial class BsonDocument
{
    /// <summary>Parses an Extended JSON v2 document (canonical, relaxed, or mixed).</summary>
    /// <param name="json">One JSON object, e.g. <c>{"_id": {"$oid": "5f1d7a3b9c0e4d2a1b3c4d5e"}, "n": 1}</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BsonSerializationException">
    /// The text is not one JSON object, a type wrapper is malformed (e.g. <c>{"$oid": 42}</c>, or a wrapper with extra
    /// keys), a name contains a null character, or documents nest more than 100 levels deep. <see
    /// cref="BsonSerializationException.Offset"/> is the UTF-8 byte offset of the problem, <see
    /// cref="BsonSerializationException.Path"/> the field, and the message gives the line and column.
    /// </exception>
    /// <remarks>
    /// <para>
    /// Objects below the top level that hold a type wrapper key (<c>$oid</c>, <c>$numberInt</c>, <c>$numberLong</c>,
    /// <c>$numberDouble</c>, <c>$numberDecimal</c>, <c>$binary</c>, <c>$uuid</c>, <c>$code</c>/<c>$scope</c>,
    /// <c>$timestamp</c>, <c>$regularExpression</c>, <c>$dbPointer</c>, <c>$date</c>, <c>$symbol</c>,
    /// <c>$minKey</c>, <c>$maxKey</c>, <c>$undefined</c>) become that BSON value, whatever the key order. The legacy
    /// forms <c>{"$regex": "...", "$options": "..."}</c> and <c>{"$binary": "...", "$type": "..."}</c> are read too;
    /// when their values are not strings (query operators such as <c>{"$regex": {...}}</c> or <c>{"$type": 2}</c>) the
    /// object stays a document. Other <c>$</c>-keys, DBRefs included, are ordinary fields. <c>$date</c> takes an
    /// ISO-8601 string or <c>{"$numberLong": "..."}</c>; a bare number is rejected, as the BSON corpus requires.
    /// </para>
    /// <para>
    /// Plain JSON numbers become Int32 when they are integers that fit, then Int64, otherwise Double; numbers with a
    /// fraction or an exponent are always Double. Duplicate names are kept, in order.
    /// </para>
    /// </remarks>
    public static BsonDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ExtendedJsonReader.ParseDocument(json);
    }

    /// <summary>Parses an Extended JSON v2 document from UTF-8 bytes (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">One JSON object as UTF-8.</param>
    /// <returns>The document.</returns>
    /// <exception cref="BsonSerializationException">The text is not valid Extended JSON for one document; see <see cref="Parse(string)"/>.</exception>
    public static BsonDocument Parse(ReadOnlySpan<byte> utf8Json) => ExtendedJsonReader.ParseDocument(utf8Json);

    /// <summary>Tries to parse an Extended JSON v2 document; see <see cref="Parse(string)"/>.</summary>
    /// <param name="json">One JSON object, or null.</param>
    /// <param name="document">The document, or null when the text is not valid.</param>
    /// <returns>Whether <paramref name="json"/> was one valid Extended JSON document.</returns>
    public static bool TryParse([NotNullWhen(true)] string? json, [NotNullWhen(true)] out BsonDocument? document)
    {
        document = null;
        if (json is null)
        {
            return false;
        }

        try
        {
            document = ExtendedJsonReader.ParseDocument(json);
            return true;
        }
        catch (BsonSerializationException)
        {
            return false;
        }
    }
}
