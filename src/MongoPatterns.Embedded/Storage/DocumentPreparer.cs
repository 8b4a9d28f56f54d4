using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Storage;

/// <summary>Prepares documents for storage: <c>_id</c> first (generated when missing), field and size checks, encoding.</summary>
internal static class DocumentPreparer
{
    private static readonly BsonWriterSettings EncodeSettings = new() { MaxDocumentSize = WireLimits.MaxCommandSize * 2, MaxDepth = WireLimits.MaxCommandDepth };

    /// <summary>Returns the document to insert: <c>_id</c> first, generated as an ObjectId when missing.</summary>
    /// <param name="document">The client's document (not modified).</param>
    /// <returns>The document to store.</returns>
    /// <exception cref="MongoServerException">The <c>_id</c> or a field name is invalid.</exception>
    public static BsonDocument PrepareInsert(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var idIndex = document.IndexOfName("_id");
        if (idIndex == 0)
        {
            ValidateId(document.GetElement(0).Value);
            return document;
        }

        var result = new BsonDocument();
        if (idIndex < 0)
        {
            result.Add("_id", ObjectId.GenerateNewId());
        }
        else
        {
            var id = document.GetElement(idIndex).Value;
            ValidateId(id);
            result.Add("_id", id);
        }

        foreach (var element in document)
        {
            if (element.Name != "_id")
            {
                result.Add(element);
            }
        }

        return result;
    }

    /// <summary>Returns <paramref name="document"/> with <c>_id</c> first (updates and replacements keep the old _id).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The document, reordered when needed.</returns>
    public static BsonDocument EnsureIdFirst(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var idIndex = document.IndexOfName("_id");
        if (idIndex <= 0)
        {
            return document;
        }

        var result = new BsonDocument { document.GetElement(idIndex) };
        foreach (var element in document)
        {
            if (element.Name != "_id")
            {
                result.Add(element);
            }
        }

        return result;
    }

    /// <summary>Checks an <c>_id</c> value.</summary>
    /// <param name="id">The value.</param>
    /// <exception cref="MongoServerException">InvalidIdField (53) for arrays, regular expressions and undefined.</exception>
    public static void ValidateId(BsonValue id)
    {
        ArgumentNullException.ThrowIfNull(id);
        switch (id.BsonType)
        {
            case BsonType.Array:
                throw new MongoServerException(ErrorCodes.InvalidIdField, "The '_id' value cannot be of type array");
            case BsonType.RegularExpression:
                throw new MongoServerException(ErrorCodes.InvalidIdField, "can't use a regex for _id");
            case BsonType.Undefined:
                throw new MongoServerException(ErrorCodes.InvalidIdField, "can't use a undefined for _id");
            case BsonType.Document:
                foreach (var element in id.AsBsonDocument)
                {
                    if (element.Name.StartsWith('$'))
                    {
                        throw new MongoServerException(ErrorCodes.DollarPrefixedFieldName, $"_id fields may not contain '$'-prefixed fields: {element.Name} is not valid for storage.");
                    }
                }

                break;
        }
    }

    /// <summary>Encodes a document and checks the 16 MiB limit.</summary>
    /// <param name="document">The document.</param>
    /// <param name="forUpdate">Whether the document results from an update (different error text).</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="MongoServerException">The document is larger than 16 MiB (BSONObjectTooLarge 10334 / 17419).</exception>
    public static byte[] Encode(BsonDocument document, bool forUpdate = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        byte[] bytes;
        try
        {
            bytes = document.ToBson(EncodeSettings);
        }
        catch (BsonSerializationException exception)
        {
            throw new MongoServerException(ErrorCodes.BadValue, exception.Message);
        }

        if (bytes.Length > WireLimits.MaxBsonObjectSize)
        {
            if (forUpdate)
            {
                throw new MongoServerException(17419, string.Create(CultureInfo.InvariantCulture, $"Resulting document after update is larger than {WireLimits.MaxBsonObjectSize}"));
            }

            throw new MongoServerException(
                ErrorCodes.BsonObjectTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"object to insert too large. size in bytes: {bytes.Length}, max size: {WireLimits.MaxBsonObjectSize}"));
        }

        return bytes;
    }
}
