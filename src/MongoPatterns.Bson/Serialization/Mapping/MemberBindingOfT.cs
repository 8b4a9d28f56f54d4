using System.Runtime.CompilerServices;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization.Serializers;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>The compiled accessors of one mapped member: a getter, a by-reference setter and the member's serializer.</summary>
/// <typeparam name="TClass">The mapped class or struct.</typeparam>
/// <typeparam name="TMember">The member type.</typeparam>
internal sealed class MemberBinding<TClass, TMember> : MemberBinding<TClass>, IMemberValueReader
{
    private readonly Func<TClass, TMember> _getter;
    private readonly RefSetter<TClass, TMember>? _setter;
    private readonly IBsonSerializer<TMember> _serializer;
    private readonly bool _ignoreIfNull;
    private readonly bool _ignoreIfDefault;

    public MemberBinding(BsonMemberMap map, IBsonSerializer<TMember> serializer)
        : base(map)
    {
        _serializer = serializer;
        _getter = AccessorCompiler.CompileGetter<TClass, TMember>(map.MemberInfo);
        // Constructor parameters get a setter too when they have one (init accessors of records), so ids can be generated.
        _setter = AccessorCompiler.CompileSetter<TClass, TMember>(map.MemberInfo);
        _ignoreIfNull = map.IgnoreIfNull && default(TMember) is null;
        _ignoreIfDefault = map.IgnoreIfDefault;
    }

    public override void Write(BsonBinaryWriter writer, TClass instance)
    {
        var value = _getter(instance);
        if (value is null)
        {
            if (_ignoreIfNull || _ignoreIfDefault)
            {
                return;
            }

            writer.WriteName(Utf8ElementName);
            writer.WriteNull();
            return;
        }

        if (_ignoreIfDefault && EqualityComparer<TMember>.Default.Equals(value, default!))
        {
            return;
        }

        writer.WriteName(Utf8ElementName);
        _serializer.Serialize(writer, value);
    }

    public override void Read(ref BsonBinaryReader reader, BsonType type, ref TClass instance)
    {
        if (!CanSet)
        {
            reader.SkipValue(type);
            return;
        }

        _setter!(ref instance, ValueIO<TMember>.Read(ref reader, _serializer, type));
    }

    public override object? ReadBoxed(ref BsonBinaryReader reader, BsonType type) => ValueIO<TMember>.Read(ref reader, _serializer, type);

    public override void SetBoxed(ref TClass instance, object? value) => _setter!(ref instance, (TMember)value!);

    public override bool IsIdMissing(TClass instance)
    {
        var value = _getter(instance);
        if (value is null)
        {
            return true;
        }

        return Map.IdGeneration switch
        {
            IdGeneration.ObjectId => Unbox<ObjectId>(value) == ObjectId.Empty,
            IdGeneration.Guid => Unbox<Guid>(value) == Guid.Empty,
            IdGeneration.ObjectIdString => ((string)(object)value).Length == 0,
            _ => false,
        };
    }

    public override void Generate(ref TClass instance)
    {
        if (_setter is null)
        {
            throw new InvalidOperationException(
                $"The id member {TypeNames.Format(typeof(TClass))}.{Map.MemberName} cannot be assigned (it has no setter, backing field or writable field), so no id can be generated for it.");
        }

        object generated = Map.IdGeneration switch
        {
            IdGeneration.ObjectId => ObjectId.GenerateNewId(),
            IdGeneration.ObjectIdString => ObjectId.GenerateNewId().ToString(),
            IdGeneration.Guid => SequentialGuid.NewGuid(),
            _ => throw new InvalidOperationException("This id type is not generated."),
        };
        _setter(ref instance, (TMember)generated);
    }

    public override BsonValue ToBsonValue(TClass instance) => BsonSerializer.SerializeValue(_serializer, _getter(instance));

    public object? GetValue(object instance) => _getter((TClass)instance);

    // ObjectId? and Guid? ids are boxed as their underlying value, so one unboxing covers both shapes.
    private static TValue Unbox<TValue>(TMember value)
        where TValue : struct =>
        typeof(TMember) == typeof(TValue) ? Unsafe.As<TMember, TValue>(ref value) : (TValue)(object)value!;
}
