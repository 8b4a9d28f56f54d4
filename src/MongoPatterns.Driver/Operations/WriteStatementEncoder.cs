using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Operations;

/// <summary>
/// Encodes the statements of <c>insert</c>, <c>update</c> and <c>delete</c> commands for OP_MSG document sequences:
/// documents straight through the document serializer (after an <c>_id</c> is assigned), update statements
/// <c>{ q, u, sort, multi, upsert, arrayFilters, hint, collation }</c> and delete statements <c>{ q, limit, hint, collation }</c>.
/// Checks the CRUD specification's client-side rules: update documents hold only operators, replacements none.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
internal sealed class WriteStatementEncoder<TDocument>
{
    private readonly IBsonSerializer<TDocument> _serializer;
    private readonly RenderArgs<TDocument> _renderArgs;
    private readonly BsonWriterSettings _writerSettings;

    /// <summary>Creates an encoder.</summary>
    /// <param name="serializer">The document serializer.</param>
    /// <param name="registry">The serializer registry.</param>
    /// <param name="maxStatementSize">The largest statement the writer accepts (the size checks come afterwards, with clear messages).</param>
    public WriteStatementEncoder(IBsonSerializer<TDocument> serializer, BsonSerializerRegistry registry, int maxStatementSize)
    {
        _serializer = serializer;
        _renderArgs = new RenderArgs<TDocument>(serializer, registry);
        _writerSettings = new BsonWriterSettings { MaxDocumentSize = maxStatementSize };
    }

    /// <summary>Gets the render arguments of filters and updates.</summary>
    public RenderArgs<TDocument> RenderArgs => _renderArgs;

    /// <summary>Encodes an insert: assigns an <c>_id</c> when the document has none, then serializes it.</summary>
    /// <returns>The id of the document, when the serializer can tell.</returns>
    public BsonValue? EncodeInsert(PooledBufferWriter buffer, TDocument document)
    {
        BsonValue? id = null;
        if (_serializer is IBsonIdProvider<TDocument> idProvider)
        {
            id = idProvider.EnsureId(document);
        }

        _serializer.Serialize(new BsonBinaryWriter(buffer, _writerSettings), document);
        return id;
    }

    /// <summary>Encodes an update statement.</summary>
    public void EncodeUpdate(PooledBufferWriter buffer, FilterDefinition<TDocument> filter, UpdateDefinition<TDocument> update, bool multi, bool upsert, IEnumerable<BsonDocument>? arrayFilters, BsonValue? hint, Collation? collation, SortDefinition<TDocument>? sort = null)
    {
        var rendered = update.Render(_renderArgs);
        ValidateUpdate(rendered);
        var writer = new BsonBinaryWriter(buffer, _writerSettings);
        writer.WriteStartDocument();
        writer.WriteName("q");
        writer.WriteValue(filter.Render(_renderArgs));
        writer.WriteName("u");
        writer.WriteValue(rendered);
        WriteStatementOptions(writer, multi, upsert, arrayFilters, hint, collation, sort?.Render(_renderArgs));
        writer.WriteEndDocument();
    }

    /// <summary>Encodes a replacement statement.</summary>
    public void EncodeReplace(PooledBufferWriter buffer, PooledBufferWriter scratch, FilterDefinition<TDocument> filter, TDocument replacement, bool upsert, BsonValue? hint, Collation? collation, SortDefinition<TDocument>? sort = null)
    {
        scratch.Clear();
        _serializer.Serialize(new BsonBinaryWriter(scratch, _writerSettings), replacement);
        ValidateReplacement(scratch.WrittenSpan);
        var writer = new BsonBinaryWriter(buffer, _writerSettings);
        writer.WriteStartDocument();
        writer.WriteName("q");
        writer.WriteValue(filter.Render(_renderArgs));
        writer.WriteName("u");
        writer.WriteRawDocument(scratch.WrittenSpan);
        WriteStatementOptions(writer, multi: false, upsert, arrayFilters: null, hint, collation, sort?.Render(_renderArgs));
        writer.WriteEndDocument();
    }

    /// <summary>Encodes a delete statement.</summary>
    public void EncodeDelete(PooledBufferWriter buffer, FilterDefinition<TDocument> filter, bool multi, BsonValue? hint, Collation? collation)
    {
        var writer = new BsonBinaryWriter(buffer, _writerSettings);
        writer.WriteStartDocument();
        writer.WriteName("q");
        writer.WriteValue(filter.Render(_renderArgs));
        writer.WriteName("limit");
        writer.WriteInt32(multi ? 0 : 1);
        if (hint is not null)
        {
            writer.WriteName("hint");
            writer.WriteValue(hint);
        }

        if (collation is not null)
        {
            writer.WriteName("collation");
            writer.WriteValue(collation.ToBsonDocument());
        }

        writer.WriteEndDocument();
    }

    /// <summary>Checks that an update holds only update operators (or is a pipeline).</summary>
    /// <exception cref="ArgumentException">The update is empty or holds a field that is not an operator.</exception>
    public static void ValidateUpdate(BsonValue update)
    {
        switch (update)
        {
            case BsonArray { Count: > 0 }:
                return;
            case BsonDocument document when document.ElementCount > 0:
                foreach (var element in document)
                {
                    if (!element.Name.StartsWith('$'))
                    {
                        throw new ArgumentException(
                            $"The update document contains the field '{element.Name}', which is not an update operator. "
                            + "Use operators such as $set, or use ReplaceOne to replace the whole document.", nameof(update));
                    }
                }

                return;
            default:
                throw new ArgumentException("The update is empty; give at least one update operator (such as $set) or pipeline stage.", nameof(update));
        }
    }

    /// <summary>Checks that an encoded replacement holds no update operators.</summary>
    /// <exception cref="ArgumentException">A top-level field starts with '$'.</exception>
    public static void ValidateReplacement(ReadOnlySpan<byte> replacement)
    {
        var reader = new BsonBinaryReader(replacement);
        reader.ReadStartDocument();
        while (reader.TryReadNextElement(out var type))
        {
            var name = reader.ReadName();
            if (name.StartsWith('$'))
            {
                throw new ArgumentException(
                    $"The replacement document contains the update operator '{name}'. Use UpdateOne or UpdateMany for operators, or remove the '$' field.", nameof(replacement));
            }

            reader.SkipValue(type);
        }
    }

    private static void WriteStatementOptions(BsonBinaryWriter writer, bool multi, bool upsert, IEnumerable<BsonDocument>? arrayFilters, BsonValue? hint, Collation? collation, BsonDocument? sort)
    {
        if (sort is not null)
        {
            writer.WriteName("sort");
            writer.WriteValue(sort);
        }

        if (multi)
        {
            writer.WriteName("multi");
            writer.WriteBoolean(true);
        }

        if (upsert)
        {
            writer.WriteName("upsert");
            writer.WriteBoolean(true);
        }

        if (arrayFilters is not null)
        {
            writer.WriteName("arrayFilters");
            writer.WriteValue(new BsonArray(arrayFilters));
        }

        if (hint is not null)
        {
            writer.WriteName("hint");
            writer.WriteValue(hint);
        }

        if (collation is not null)
        {
            writer.WriteName("collation");
            writer.WriteValue(collation.ToBsonDocument());
        }
    }
}
