using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Mapping;

namespace MongoPatterns.Migrations;

/// <summary>
/// Wraps the serializer of a versioned entity. Reading checks the version on the encoded bytes: current documents go
/// straight to the inner serializer (minus the version element); only older or newer documents are decoded into a
/// <see cref="BsonDocument"/>, migrated and then mapped. Writing stamps the current version.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal class SchemaMigrationSerializer<T> : IBsonSerializer<T>, IBsonDocumentSerializer
{
    [ThreadStatic]
    private static PooledBufferWriter? t_scratch;

    private readonly EntitySchema _schema;
    private readonly IBsonSerializer<T> _inner;
    private readonly ISchemaUpgradeSink? _sink;
    private readonly ILogger _logger;
    private readonly bool _innerSkipsUnknownElements;
    private readonly FrozenSet<string>? _mappedElements;
    private readonly ConditionalWeakTable<object, PreservedElements>? _preserved;

    public SchemaMigrationSerializer(EntitySchema schema, IBsonSerializer<T> inner, BsonClassMap? classMap, ISchemaUpgradeSink? sink, ILogger logger)
    {
        _schema = schema;
        _inner = inner;
        _sink = schema.WriteBack == WriteBackPolicy.OnRead ? sink : null;
        _logger = logger;
        _innerSkipsUnknownElements = classMap is { IgnoreExtraElements: true, ExtraElementsMember: null };
        if (schema.NewerDocuments == NewerDocumentPolicy.ReadAsIs && classMap is { ExtraElementsMember: null } && !typeof(T).IsValueType)
        {
            _mappedElements = classMap.Members.Select(static m => m.ElementName).ToFrozenSet(StringComparer.Ordinal);
            _preserved = new ConditionalWeakTable<object, PreservedElements>();
        }
    }

    public Type ValueType => typeof(T);

    protected IBsonSerializer<T> Inner => _inner;

    public T Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        if (type != BsonType.Document)
        {
            return _inner.Deserialize(ref reader, type);
        }

        var bytes = reader.ReadRawDocumentBytes();
        var location = VersionScanner.Find(bytes, _schema);
        if (location.Version != _schema.CurrentVersion)
        {
            return ReadOtherVersion(bytes, location.Version);
        }

        if (!location.Found || _innerSkipsUnknownElements)
        {
            return MapEncoded(bytes);
        }

        // Hand the inner serializer the document without the version element: one copy, no decoding.
        var length = bytes.Length - location.ElementLength;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var copy = rented.AsSpan(0, length);
            bytes[..location.ElementStart].CopyTo(copy);
            bytes[(location.ElementStart + location.ElementLength)..].CopyTo(copy[location.ElementStart..]);
            BinaryPrimitives.WriteInt32LittleEndian(copy, length);
            return MapEncoded(copy);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Serialize(BsonBinaryWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            _inner.Serialize(writer, value);
            return;
        }

        PreservedElements? preserved = null;
        _preserved?.TryGetValue(value, out preserved);
        var scratch = t_scratch ?? new PooledBufferWriter();
        t_scratch = null;
        try
        {
            scratch.Clear();
            _inner.Serialize(new BsonBinaryWriter(scratch), value);
            var encoded = scratch.WrittenSpan;
            // The version goes right after _id, so reads find it after skipping a single element.
            var idEnd = IdElementEnd(encoded);
            writer.WriteStartDocument();
            writer.WriteRawElements(encoded[4..idEnd]);
            writer.WriteName(_schema.VersionField);
            writer.WriteInt32(preserved?.Version ?? _schema.CurrentVersion);
            if (preserved is null || preserved.AbsentMembers.Count == 0)
            {
                writer.WriteRawElements(encoded[idEnd..^1]);
            }
            else
            {
                WriteElementsExcept(writer, encoded, idEnd, preserved.AbsentMembers);
            }

            if (preserved is not null)
            {
                foreach (var element in preserved.Elements)
                {
                    writer.WriteName(element.Name);
                    writer.WriteValue(element.Value);
                }
            }

            writer.WriteEndDocument();
        }
        finally
        {
            if (scratch.Capacity <= 1 << 20)
            {
                t_scratch = scratch;
            }
            else
            {
                scratch.Dispose();
            }
        }
    }

    public void SerializeObject(BsonBinaryWriter writer, object? value) => Serialize(writer, (T)value!);

    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);

    public bool TryGetMemberSerializationInfo(string memberName, [NotNullWhen(true)] out BsonSerializationInfo? info)
    {
        if (_inner is IBsonDocumentSerializer members)
        {
            return members.TryGetMemberSerializationInfo(memberName, out info);
        }

        info = null;
        return false;
    }

    // The offset just past the first element when it is _id, otherwise the offset of the first element.
    private static int IdElementEnd(ReadOnlySpan<byte> encoded)
    {
        var reader = new BsonBinaryReader(encoded);
        reader.ReadStartDocument();
        if (!reader.TryReadNextElement(out var type) || !reader.ReadNameSpan().SequenceEqual("_id"u8))
        {
            return 4;
        }

        reader.SkipValue(type);
        return reader.Position;
    }

    private static void WriteElementsExcept(BsonBinaryWriter writer, ReadOnlySpan<byte> encoded, int offset, IReadOnlySet<string> excluded)
    {
        var reader = new BsonBinaryReader(encoded);
        reader.ReadStartDocument();
        while (reader.Position < offset && reader.TryReadNextElement(out var skipped))
        {
            reader.SkipName();
            reader.SkipValue(skipped);
        }

        while (true)
        {
            var start = reader.Position;
            if (!reader.TryReadNextElement(out var type))
            {
                return;
            }

            var name = reader.ReadName();
            reader.SkipValue(type);
            if (!excluded.Contains(name))
            {
                writer.WriteRawElements(encoded[start..reader.Position]);
            }
        }
    }

    private T MapEncoded(ReadOnlySpan<byte> bytes)
    {
        var reader = new BsonBinaryReader(bytes);
        return _inner.Deserialize(ref reader, BsonType.Document);
    }

    private T MapDocument(BsonDocument document)
    {
        using var buffer = new PooledBufferWriter();
        document.WriteTo(buffer);
        return MapEncoded(buffer.WrittenSpan);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private T ReadOtherVersion(ReadOnlySpan<byte> bytes, int version)
    {
        var document = BsonDocument.FromBson(bytes);
        var id = document.GetValue("_id", null);
        if (version < _schema.CurrentVersion)
        {
            var original = _sink is null ? null : document.DeepClone();
            document.Remove(_schema.VersionField);
            _schema.Upgrade(document, version);
            var entity = MapDocument(document);
            MigrationMetrics.UpgradedOnRead(_schema, version);
            MigrationLog.UpgradedOnRead(_logger, _schema.EntityType.Name, id, version, _schema.CurrentVersion);
            if (original is not null)
            {
                document.Set(_schema.VersionField, _schema.CurrentVersion);
                _sink!.DocumentUpgraded(_schema, original, document);
            }

            return entity;
        }

        MigrationMetrics.NewerDocumentRead(_schema, version);
        switch (_schema.NewerDocuments)
        {
            case NewerDocumentPolicy.Downgrade:
                if (!_schema.CanDowngradeFrom(version))
                {
                    MigrationThrow.TooNew(_schema, id, version, "a migration step between the versions has no Down.");
                }

                document.Remove(_schema.VersionField);
                _schema.Downgrade(document, version);
                MigrationLog.DowngradedOnRead(_logger, _schema.EntityType.Name, id, version, _schema.CurrentVersion);
                return MapDocument(document);
            case NewerDocumentPolicy.ReadAsIs:
                document.Remove(_schema.VersionField);
                return ReadAsIs(document, version);
            default:
                MigrationThrow.TooNew(_schema, id, version);
                return default;
        }
    }

    private T ReadAsIs(BsonDocument document, int version)
    {
        if (_preserved is null)
        {
            return MapDocument(document);
        }

        var unknown = new BsonDocument();
        for (var index = document.ElementCount - 1; index >= 0; index--)
        {
            var element = document.GetElement(index);
            if (!_mappedElements!.Contains(element.Name))
            {
                unknown.InsertAt(0, element);
                document.RemoveAt(index);
            }
        }

        var entity = MapDocument(document);
        if (entity is not null)
        {
            var absent = _mappedElements!.Where(name => !document.Contains(name)).ToHashSet(StringComparer.Ordinal);
            _preserved.AddOrUpdate(entity, new PreservedElements(version, unknown, absent));
        }

        return entity;
    }
}
