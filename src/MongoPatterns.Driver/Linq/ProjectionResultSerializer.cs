using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Reads a projected document into <typeparamref name="TSource"/> (members that were not projected keep their
/// defaults) and applies the projection to it. Results cannot be written.
/// </summary>
/// <typeparam name="TSource">The document type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
internal sealed class ProjectionResultSerializer<TSource, TResult> : IBsonSerializer<TResult>
{
    private readonly IBsonSerializer<TSource> _sourceSerializer;
    private readonly Func<TSource, TResult> _projection;

    public ProjectionResultSerializer(IBsonSerializer<TSource> sourceSerializer, Func<TSource, TResult> projection)
    {
        _sourceSerializer = sourceSerializer;
        _projection = projection;
    }

    public Type ValueType => typeof(TResult);

    public TResult Deserialize(ref BsonBinaryReader reader, BsonType type) => _projection(_sourceSerializer.Deserialize(ref reader, type));

    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);

    public void Serialize(BsonBinaryWriter writer, TResult value) => throw new NotSupportedException("Projection results are read from the server and cannot be written.");

    public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (TResult)value!);
}
