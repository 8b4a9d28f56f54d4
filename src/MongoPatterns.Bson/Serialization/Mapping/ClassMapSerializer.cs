using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// Serializes a mapped class, record or struct straight between the object and the binary reader/writer, through the
/// compiled accessors of its <see cref="BsonClassMap"/>.
/// </summary>
/// <remarks>
/// Element names are pre-encoded as UTF-8. Reading matches each name against the member expected next (documents
/// written by this serializer come in member order) before looking it up in a hash table. Types created through a
/// constructor with parameters gather the values in slots first (boxing value types), because elements may come in
/// any order.
/// </remarks>
/// <typeparam name="TClass">The mapped type.</typeparam>
internal class ClassMapSerializer<TClass> : IBsonSerializer<TClass>, IBsonDocumentSerializer, IDeferredInitialization
{
    private static readonly object s_missing = new();
    private MemberBinding<TClass>[] _members = [];
    private Utf8NameTable _names = new([]);
    private FrozenSet<string> _elementNames = FrozenSet<string>.Empty;
    private ClassCreation<TClass> _creation = new();

    public ClassMapSerializer(BsonClassMap classMap)
    {
        ClassMap = classMap;
    }

    public BsonClassMap ClassMap { get; }

    public Type ValueType => typeof(TClass);

    protected MemberBinding<TClass>? IdBinding { get; private set; }

    public void Initialize()
    {
        _creation = (ClassCreation<TClass>)ClassMap.Creation!;
        _members = _creation.Members;
        _names = new Utf8NameTable([.. _members.Select(static member => member.Utf8ElementName)]);
        _elementNames = _members.Select(static member => member.Map.ElementName).ToFrozenSet(StringComparer.Ordinal);
        IdBinding = _members.FirstOrDefault(static member => member.Map.IsId);
    }

    public void Serialize(BsonBinaryWriter writer, TClass value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            if (writer.IsAtTopLevel)
            {
                SerializationErrors.ThrowSerialization<TClass>("a null reference cannot be written as a document");
            }

            writer.WriteNull();
            return;
        }

        writer.WriteStartDocument();
        var members = _members;
        var index = 0;
        try
        {
            for (; index < members.Length; index++)
            {
                members[index].Write(writer, value);
            }

            _creation.ExtraElements?.Write(writer, value, _elementNames);
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception))
        {
            throw index < members.Length
                ? SerializationErrors.WithMember(exception, typeof(TClass), members[index].Map.MemberName, members[index].Map.ElementName, deserializing: false)
                : SerializationErrors.WithMember(exception, typeof(TClass), ClassMap.ExtraElementsMember!.Name, "(extra elements)", deserializing: false);
        }

        writer.WriteEndDocument();
    }

    public TClass Deserialize(ref BsonBinaryReader reader, BsonType type)
    {
        if (type != BsonType.Document)
        {
            if (type == BsonType.Null && default(TClass) is null)
            {
                reader.ReadNull();
                return default!;
            }

            return SerializationErrors.ThrowUnexpectedType<TClass>(type, "Document", reader.Position);
        }

        // The runtime's stack probe guarantees room for many levels, so probing every 16th level is enough.
        if ((reader.Depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return SerializationErrors.ThrowDeserialization<TClass>("documents are nested too deeply for the available stack", reader.Position);
        }

        if (_creation.Creator is not null)
        {
            return ReadThroughConstructor(ref reader);
        }

        if (_creation.Factory is null)
        {
            return SerializationErrors.ThrowDeserialization<TClass>(_creation.CannotCreateReason ?? "instances cannot be created", reader.Position);
        }

        return ReadThroughSetters(ref reader);
    }

    public void SerializeObject(BsonBinaryWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null && default(TClass) is not null)
        {
            writer.WriteNull();
            return;
        }

        Serialize(writer, (TClass)value!);
    }

    public object? DeserializeObject(ref BsonBinaryReader reader, BsonType type) => Deserialize(ref reader, type);

    public bool TryGetMemberSerializationInfo(string memberName, [NotNullWhen(true)] out BsonSerializationInfo? info)
    {
        if (ClassMap.TryGetMember(memberName, out var member))
        {
            info = member.SerializationInfo;
            return true;
        }

        info = null;
        return false;
    }

    private TClass ReadThroughSetters(ref BsonBinaryReader reader)
    {
        var offset = reader.Position;
        TClass instance;
        try
        {
            instance = _creation.Factory!();
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception))
        {
            throw SerializationErrors.Deserialization(typeof(TClass), "its constructor failed: " + exception.Message.TrimEnd('.'), offset, exception);
        }

        reader.ReadStartDocument();
        var members = _members;
        object? extra = null;
        var next = 0;
        var current = -1;
        string? extraName = null;
        try
        {
            while (reader.TryReadNextElement(out var type))
            {
                var name = reader.ReadNameSpan();
                current = FindMember(name, ref next);
                if (current >= 0)
                {
                    members[current].Read(ref reader, type, ref instance);
                    continue;
                }

                var extraElements = _creation.ExtraElements;
                if (extraElements is null)
                {
                    SkipUnknownElement(ref reader, name, type);
                    continue;
                }

                extraName = System.Text.Encoding.UTF8.GetString(name);
                extra ??= extraElements.CreateCollector();
                extraElements.Read(ref reader, extraName, type, extra);
                extraName = null;
            }

            current = -1;
            reader.ReadEndDocument();
            if (extra is not null)
            {
                _creation.ExtraElements!.Assign(ref instance, extra);
            }
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception) && (current >= 0 || extraName is not null))
        {
            throw WrapReadFailure(exception, current, extraName);
        }

        return instance;
    }

    private TClass ReadThroughConstructor(ref BsonBinaryReader reader)
    {
        var offset = reader.Position;
        var members = _members;
        var slots = ArrayPool<object?>.Shared.Rent(Math.Max(members.Length, 1));
        try
        {
            slots.AsSpan(0, members.Length).Fill(s_missing);
            reader.ReadStartDocument();
            object? extra = null;
            var next = 0;
            var current = -1;
            string? extraName = null;
            try
            {
                while (reader.TryReadNextElement(out var type))
                {
                    var name = reader.ReadNameSpan();
                    current = FindMember(name, ref next);
                    if (current >= 0)
                    {
                        if (members[current].Map.Access == MemberAccess.WriteOnly)
                        {
                            reader.SkipValue(type);
                        }
                        else
                        {
                            slots[current] = members[current].ReadBoxed(ref reader, type);
                        }

                        continue;
                    }

                    var extraElements = _creation.ExtraElements;
                    if (extraElements is null)
                    {
                        SkipUnknownElement(ref reader, name, type);
                        continue;
                    }

                    extraName = System.Text.Encoding.UTF8.GetString(name);
                    extra ??= extraElements.CreateCollector();
                    extraElements.Read(ref reader, extraName, type, extra);
                    extraName = null;
                }

                current = -1;
                reader.ReadEndDocument();
            }
            catch (Exception exception) when (SerializationErrors.ShouldWrap(exception) && (current >= 0 || extraName is not null))
            {
                throw WrapReadFailure(exception, current, extraName);
            }

            return Create(slots, extra, offset);
        }
        finally
        {
            slots.AsSpan(0, members.Length).Clear();
            ArrayPool<object?>.Shared.Return(slots);
        }
    }

    private TClass Create(object?[] slots, object? extra, int offset)
    {
        var members = _members;
        var defaults = _creation.SlotDefaults;
        for (var i = 0; i < members.Length; i++)
        {
            if (ReferenceEquals(slots[i], s_missing) && members[i].Map.Access == MemberAccess.Constructor)
            {
                slots[i] = defaults[i];
            }
        }

        TClass instance;
        try
        {
            instance = _creation.Creator!(slots);
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception))
        {
            throw SerializationErrors.Deserialization(typeof(TClass), "its constructor failed: " + exception.Message.TrimEnd('.'), offset, exception);
        }

        var current = 0;
        try
        {
            for (; current < members.Length; current++)
            {
                var member = members[current];
                if (member.CanSet && !ReferenceEquals(slots[current], s_missing))
                {
                    member.SetBoxed(ref instance, slots[current]);
                }
            }

            if (extra is not null)
            {
                _creation.ExtraElements!.Assign(ref instance, extra);
            }
        }
        catch (Exception exception) when (SerializationErrors.ShouldWrap(exception))
        {
            throw current < members.Length ? WrapReadFailure(exception, current, null) : exception;
        }

        return instance;
    }

    private int FindMember(ReadOnlySpan<byte> name, ref int next)
    {
        var members = _members;
        if ((uint)next < (uint)members.Length && name.SequenceEqual(members[next].Utf8ElementName))
        {
            return next++;
        }

        var index = _names.Find(name);
        if (index >= 0)
        {
            next = index + 1;
        }

        return index;
    }

    private void SkipUnknownElement(ref BsonBinaryReader reader, ReadOnlySpan<byte> name, BsonType type)
    {
        if (!ClassMap.IgnoreExtraElements)
        {
            throw SerializationErrors.UnknownElement(typeof(TClass), System.Text.Encoding.UTF8.GetString(name), reader.Position);
        }

        reader.SkipValue(type);
    }

    private BsonSerializationException WrapReadFailure(Exception exception, int member, string? extraName)
    {
        if (member >= 0)
        {
            var map = _members[member].Map;
            return SerializationErrors.WithMember(exception, typeof(TClass), map.MemberName, map.ElementName, deserializing: true);
        }

        return SerializationErrors.WithMember(exception, typeof(TClass), extraName!, extraName!, deserializing: true);
    }
}
