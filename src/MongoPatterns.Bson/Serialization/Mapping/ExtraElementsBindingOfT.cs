using System.Collections.Frozen;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization.Serializers;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// The extra-elements member of type <typeparamref name="TMember"/>: a <see cref="BsonDocument"/> (values kept as read,
/// duplicates included, so nothing is lost) or a string-to-object dictionary (values as the object mapping reads them).
/// </summary>
/// <typeparam name="TClass">The mapped class or struct.</typeparam>
/// <typeparam name="TMember">The member type.</typeparam>
internal sealed class ExtraElementsBinding<TClass, TMember> : ExtraElementsBinding<TClass>
    where TMember : class
{
    private readonly Func<TClass, TMember> _getter;
    private readonly RefSetter<TClass, TMember> _setter;
    private readonly Func<TMember>? _dictionaryFactory;
    private readonly IBsonSerializer<object> _objectSerializer;

    public ExtraElementsBinding(System.Reflection.MemberInfo member, IBsonSerializer<object> objectSerializer)
    {
        _getter = AccessorCompiler.CompileGetter<TClass, TMember>(member);
        _setter = AccessorCompiler.CompileSetter<TClass, TMember>(member)
            ?? throw new InvalidOperationException("The extra elements member must be assignable.");
        _objectSerializer = objectSerializer;
        if (typeof(TMember) != typeof(BsonDocument))
        {
            _dictionaryFactory = typeof(TMember).IsInterface
                ? () => (TMember)(object)new Dictionary<string, object?>(StringComparer.Ordinal)
                : AccessorCompiler.CompileFactory<TMember>(typeof(TMember).GetConstructor(Type.EmptyTypes));
        }
    }

    public override object CreateCollector() =>
        _dictionaryFactory is null ? new BsonDocument(allowDuplicateNames: true) : _dictionaryFactory();

    public override void Read(ref BsonBinaryReader reader, string name, BsonType type, object collector)
    {
        if (collector is BsonDocument document)
        {
            document.Add(name, reader.ReadBsonValue(type));
            return;
        }

        ((IDictionary<string, object?>)collector)[name] = ValueIO<object>.Read(ref reader, _objectSerializer, type);
    }

    public override void Assign(ref TClass instance, object collector) => _setter(ref instance, (TMember)collector);

    public override void Write(BsonBinaryWriter writer, TClass instance, FrozenSet<string> mappedElementNames)
    {
        var value = _getter(instance);
        if (value is BsonDocument document)
        {
            foreach (var element in document)
            {
                if (!mappedElementNames.Contains(element.Name))
                {
                    writer.WriteName(element.Name);
                    writer.WriteValue(element.Value);
                }
            }
        }
        else if (value is IEnumerable<KeyValuePair<string, object?>> dictionary)
        {
            foreach (var pair in dictionary)
            {
                if (!mappedElementNames.Contains(pair.Key))
                {
                    writer.WriteName(pair.Key);
                    ValueIO<object>.Write(writer, _objectSerializer, pair.Value!);
                }
            }
        }
    }
}
