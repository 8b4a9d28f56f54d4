using System.Collections.Immutable;
using System.Reflection;
using MongoPatterns.Bson.Serialization.Serializers;

namespace MongoPatterns.Bson.Serialization;

/// <summary>
/// Chooses the built-in serializer of a type, optionally with a representation (<c>[BsonRepresentation]</c>), which
/// applies to the underlying type of <see cref="Nullable{T}"/> and to the items and values of collections and
/// dictionaries. Returns <see langword="null"/> for types that get a class map.
/// </summary>
internal static class SerializerFactory
{
    private static readonly Dictionary<Type, Type> s_listInterfaces = new()
    {
        [typeof(IEnumerable<>)] = typeof(List<>),
        [typeof(ICollection<>)] = typeof(List<>),
        [typeof(IList<>)] = typeof(List<>),
        [typeof(IReadOnlyCollection<>)] = typeof(List<>),
        [typeof(IReadOnlyList<>)] = typeof(List<>),
        [typeof(ISet<>)] = typeof(HashSet<>),
        [typeof(IReadOnlySet<>)] = typeof(HashSet<>),
    };

    /// <summary>Creates the built-in serializer of <paramref name="type"/>, or returns null when the type is mapped by a class map.</summary>
    /// <param name="type">The .NET type.</param>
    /// <param name="representation">The representation, or null for the default.</param>
    /// <param name="registry">The registry (for item serializers and conventions).</param>
    public static IBsonSerializer? Create(Type type, BsonType? representation, BsonSerializerRegistry registry)
    {
        if (typeof(BsonValue).IsAssignableFrom(type))
        {
            RequireDefault(type, representation);
            return type == typeof(BsonDocument) ? BsonDocumentSerializer.Instance : BsonValueSerializer.Create(type);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            var inner = representation is null ? registry.GetSerializer(underlying) : Create(underlying, representation, registry)!;
            return Instantiate(typeof(NullableSerializer<>).MakeGenericType(underlying), inner);
        }

        return CreateScalar(type, representation, registry) ?? CreateContainer(type, representation, registry);
    }

    private static IBsonSerializer? CreateScalar(Type type, BsonType? representation, BsonSerializerRegistry registry)
    {
        var conventions = registry.Conventions;
        if (type.IsEnum)
        {
            var enumSerializer = typeof(EnumSerializer<>).MakeGenericType(type);
            var wide = (bool)enumSerializer.GetProperty(nameof(EnumSerializer<BsonType>.IsWide))!.GetValue(null)!;
            var defaultRepresentation = conventions.EnumRepresentation == BsonType.Int32 && wide ? BsonType.Int64 : conventions.EnumRepresentation;
            return Instantiate(enumSerializer, Check(type, representation ?? defaultRepresentation, EnumSerializer<BsonType>.Supports));
        }

        switch (Type.GetTypeCode(type))
        {
            case TypeCode.Boolean:
                RequireDefault(type, representation, BsonType.Boolean);
                return BooleanSerializer.Instance;
            case TypeCode.SByte:
            case TypeCode.Byte:
            case TypeCode.Int16:
            case TypeCode.UInt16:
            case TypeCode.Int32:
            case TypeCode.UInt32:
            case TypeCode.Int64:
            case TypeCode.UInt64:
                var integer = typeof(IntegerSerializer<>).MakeGenericType(type);
                var integerDefault = (BsonType)integer.GetProperty(nameof(IntegerSerializer<int>.DefaultRepresentation))!.GetValue(null)!;
                return Instantiate(integer, Check(type, representation ?? integerDefault, IntegerSerializer<int>.Supports));
            case TypeCode.Single:
            case TypeCode.Double:
                return Instantiate(
                    typeof(FloatingPointSerializer<>).MakeGenericType(type),
                    Check(type, representation ?? BsonType.Double, FloatingPointSerializer<double>.Supports));
            case TypeCode.Decimal:
                return new DecimalSerializer(Check(type, representation ?? conventions.DecimalRepresentation, DecimalSerializer.Supports));
            case TypeCode.Char:
                return new CharSerializer(Check(type, representation ?? BsonType.Int32, CharSerializer.Supports));
            case TypeCode.String:
                return (representation ?? BsonType.String) switch
                {
                    BsonType.String => StringSerializer.Instance,
                    BsonType.ObjectId => StringSerializer.ObjectIdInstance,
                    _ => throw Unsupported(type, representation!.Value),
                };
            case TypeCode.DateTime:
                return new DateTimeSerializer(Check(type, representation ?? BsonType.DateTime, DateTimeSerializer.Supports));
        }

        if (type == typeof(Half))
        {
            return new FloatingPointSerializer<Half>(Check(type, representation ?? BsonType.Double, FloatingPointSerializer<Half>.Supports));
        }

        if (type == typeof(Guid))
        {
            return new GuidSerializer(Check(type, representation ?? BsonType.Binary, GuidSerializer.Supports), conventions.GuidRepresentation);
        }

        if (type == typeof(ObjectId))
        {
            return new ObjectIdSerializer(Check(type, representation ?? BsonType.ObjectId, ObjectIdSerializer.Supports));
        }

        if (type == typeof(Decimal128))
        {
            return new Decimal128Serializer(Check(type, representation ?? BsonType.Decimal128, Decimal128Serializer.Supports));
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffsetSerializer(Check(type, representation ?? BsonType.DateTime, DateTimeOffsetSerializer.Supports));
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnlySerializer(Check(type, representation ?? BsonType.DateTime, DateOnlySerializer.Supports));
        }

        if (type == typeof(TimeOnly))
        {
            return new TimeOnlySerializer(Check(type, representation ?? BsonType.Int64, TimeOnlySerializer.Supports));
        }

        if (type == typeof(TimeSpan))
        {
            return new TimeSpanSerializer(Check(type, representation ?? BsonType.Int64, TimeSpanSerializer.Supports));
        }

        if (type == typeof(byte[]))
        {
            RequireDefault(type, representation, BsonType.Binary);
            return ByteArraySerializer.Instance;
        }

        if (type == typeof(Uri))
        {
            RequireDefault(type, representation, BsonType.String);
            return UriSerializer.Instance;
        }

        if (type == typeof(object))
        {
            RequireDefault(type, representation);
            return new ObjectSerializer(registry);
        }

        return null;
    }

    private static IBsonSerializer? CreateContainer(Type type, BsonType? representation, BsonSerializerRegistry registry)
    {
        if (type.IsArray)
        {
            if (type.GetArrayRank() != 1)
            {
                throw SerializationErrors.Mapping(type, "only one-dimensional arrays are supported");
            }

            var itemType = type.GetElementType()!;
            return Instantiate(typeof(ArraySerializer<>).MakeGenericType(itemType), Item(itemType, representation, registry));
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(ImmutableArray<>))
            {
                return Instantiate(typeof(ImmutableArraySerializer<>).MakeGenericType(arguments[0]), Item(arguments[0], representation, registry));
            }

            if (definition == typeof(ImmutableList<>) || definition == typeof(IImmutableList<>))
            {
                return Instantiate(typeof(ImmutableListSerializer<,>).MakeGenericType(type, arguments[0]), Item(arguments[0], representation, registry));
            }

            if (s_listInterfaces.TryGetValue(definition, out var concreteDefinition))
            {
                var concrete = concreteDefinition.MakeGenericType(arguments[0]);
                return Instantiate(typeof(CollectionSerializer<,,>).MakeGenericType(type, concrete, arguments[0]), Item(arguments[0], representation, registry));
            }

            if (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            {
                RequireStringKey(type, arguments[0]);
                var concrete = typeof(Dictionary<,>).MakeGenericType(arguments);
                return Instantiate(typeof(DictionarySerializer<,,>).MakeGenericType(type, concrete, arguments[1]), Item(arguments[1], representation, registry));
            }
        }

        if (type.IsInterface || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        if (FindGenericInterface(type, typeof(IDictionary<,>)) is { } dictionary)
        {
            var arguments = dictionary.GetGenericArguments();
            RequireStringKey(type, arguments[0]);
            return Instantiate(typeof(DictionarySerializer<,,>).MakeGenericType(type, type, arguments[1]), Item(arguments[1], representation, registry));
        }

        if (FindGenericInterface(type, typeof(ICollection<>)) is { } collection)
        {
            var itemType = collection.GetGenericArguments()[0];
            return Instantiate(typeof(CollectionSerializer<,,>).MakeGenericType(type, type, itemType), Item(itemType, representation, registry));
        }

        return null;
    }

    private static IBsonSerializer Item(Type itemType, BsonType? representation, BsonSerializerRegistry registry) =>
        representation is null ? registry.GetSerializer(itemType) : registry.GetSerializer(itemType, representation.Value);

    private static Type? FindGenericInterface(Type type, Type definition) =>
        type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);

    private static void RequireStringKey(Type type, Type keyType)
    {
        if (keyType != typeof(string))
        {
            throw SerializationErrors.Mapping(type, $"dictionaries are stored as documents and need string keys, not {TypeNames.Format(keyType)}; register a custom serializer");
        }
    }

    private static BsonType Check(Type type, BsonType representation, Func<BsonType, bool> supports) =>
        supports(representation) ? representation : throw Unsupported(type, representation);

    private static void RequireDefault(Type type, BsonType? representation, BsonType? only = null)
    {
        if (representation is { } requested && requested != only)
        {
            throw Unsupported(type, requested);
        }
    }

    private static BsonSerializationException Unsupported(Type type, BsonType representation) =>
        SerializationErrors.Mapping(type, $"it cannot be stored as {representation}");

    private static IBsonSerializer Instantiate(Type serializerType, params object[] arguments)
    {
        try
        {
            return (IBsonSerializer)Activator.CreateInstance(serializerType, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception.InnerException);
            throw;
        }
    }
}
