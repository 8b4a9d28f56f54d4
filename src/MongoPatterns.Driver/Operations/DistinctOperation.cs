using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Cursors;

namespace MongoPatterns.Driver.Operations;

/// <summary>The <c>distinct</c> command; the values are deserialized straight from the reply with the field's serializer.</summary>
/// <typeparam name="TField">The value type.</typeparam>
internal sealed class DistinctOperation<TField> : IOperation<IAsyncCursor<TField>>
{
    private readonly CollectionNamespace _collectionNamespace;
    private readonly string _fieldName;
    private readonly IBsonSerializer<TField> _valueSerializer;
    private readonly BsonDocument _filter;
    private readonly CollectionOperationSettings _settings;
    private readonly DistinctOptions _options;

    /// <summary>Creates the operation.</summary>
    public DistinctOperation(CollectionNamespace collectionNamespace, string fieldName, IBsonSerializer<TField> valueSerializer, BsonDocument filter, CollectionOperationSettings settings, DistinctOptions? options)
    {
        _collectionNamespace = collectionNamespace;
        _fieldName = fieldName;
        _valueSerializer = valueSerializer;
        _filter = filter;
        _settings = settings;
        _options = options ?? new DistinctOptions();
    }

    /// <inheritdoc />
    public async Task<IAsyncCursor<TField>> ExecuteAsync(OperationContext context)
    {
        var command = new BsonDocument { { "distinct", _collectionNamespace.CollectionName }, { "key", _fieldName }, { "query", _filter } };
        command.AddCollation(_options.Collation);
        command.AddIfNotNull("comment", _options.Comment);
        command.AddIfNotNull("hint", _options.Hint);
        command.AddMaxTime(_options.MaxTime);
        command.AddReadConcern(_settings.ReadConcern);
        await using var channel = await context.Client.GetChannelAsync(ServerSelector.ForRead(_settings.ReadPreference), context).ConfigureAwait(false);
        var request = new CommandRequest(_collectionNamespace.DatabaseNamespace.DatabaseName, command)
        {
            ReadPreference = _settings.ReadPreference,
            CollectionName = _collectionNamespace.CollectionName,
        };
        using var result = await channel.RunAsync(request, context).ConfigureAwait(false);
        return new ListCursor<TField>(ReadValues(result.Body, _valueSerializer));
    }

    private static List<TField> ReadValues(ReadOnlySpan<byte> reply, IBsonSerializer<TField> serializer)
    {
        var values = new List<TField>();
        var reader = new BsonBinaryReader(reply);
        reader.ReadStartDocument();
        while (reader.TryReadNextElement(out var type))
        {
            if (reader.ReadNameSpan().SequenceEqual("values"u8) && type == BsonType.Array)
            {
                reader.ReadStartArray();
                while (reader.TryReadNextElement(out var itemType))
                {
                    reader.SkipName();
                    values.Add(serializer.Deserialize(ref reader, itemType));
                }

                reader.ReadEndArray();
            }
            else
            {
                reader.SkipValue(type);
            }
        }

        return values;
    }
}
