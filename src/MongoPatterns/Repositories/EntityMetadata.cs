using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Mapping;
using MongoPatterns.Entities;
using MongoPatterns.Exceptions;

namespace MongoPatterns.Repositories;

/// <summary>
/// What the repository needs to know about an entity's mapping: the id member and its serializer, and the element
/// names of the opt-in audit, soft-delete and version members (from the class map, never hard-coded).
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class EntityMetadata<T>
    where T : class
{
    public EntityMetadata(BsonClassMap classMap, IBsonSerializer<T> serializer)
    {
        ClassMap = classMap;
        Serializer = serializer;
        IdMember = classMap.IdMember;
        IdProvider = serializer as IBsonIdProvider<T>;
        CreatedAtElement = ElementOf(typeof(ICreatedAt), nameof(ICreatedAt.CreatedAt));
        UpdatedAtElement = ElementOf(typeof(IUpdatedAt), nameof(IUpdatedAt.UpdatedAt));
        DeletedAtElement = ElementOf(typeof(ISoftDelete), nameof(ISoftDelete.DeletedAt));
        VersionElement = ElementOf(typeof(IVersioned), nameof(IVersioned.Version));
        _idShortcut = DetectIdShortcut(IdMember);
    }

    /// <summary>How <see cref="IdToBson{TId}"/> may convert an id without running the id serializer.</summary>
    private enum IdShortcut
    {
        None,
        ObjectIdAsObjectId,
        StringAsObjectId,
        StringAsString,
        Int32AsInt32,
        Int64AsInt64,
    }

    private readonly IdShortcut _idShortcut;

    public BsonClassMap ClassMap { get; }

    public IBsonSerializer<T> Serializer { get; }

    public BsonMemberMap? IdMember { get; }

    public IBsonIdProvider<T>? IdProvider { get; }

    public string? CreatedAtElement { get; }

    public string? UpdatedAtElement { get; }

    /// <summary>Gets the element name of <see cref="ISoftDelete.DeletedAt"/>, or null when the entity is not soft-deletable.</summary>
    public string? DeletedAtElement { get; }

    /// <summary>Gets the element name of <see cref="IVersioned.Version"/>, or null when the entity is not versioned.</summary>
    public string? VersionElement { get; }

    /// <summary>Converts an id value to the BSON the id member stores, through the id member's serializer.</summary>
    public BsonValue IdToBson<TId>(TId id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        if (id is BsonValue bson)
        {
            return bson;
        }

        // Reads by id are hot paths: for the library's own serializers of the common id types the result is known
        // without encoding a document and decoding it again.
        switch (_idShortcut)
        {
            case IdShortcut.ObjectIdAsObjectId when id is ObjectId objectId:
                return new BsonObjectId(objectId);
            case IdShortcut.StringAsObjectId when id is string text && text.Length == 24 && ObjectId.TryParse(text, out var parsed):
                return new BsonObjectId(parsed);
            case IdShortcut.StringAsString when id is string text:
                return new BsonString(text);
            case IdShortcut.Int32AsInt32 when id is int number:
                return new BsonInt32(number);
            case IdShortcut.Int64AsInt64 when id is long number:
                return new BsonInt64(number);
        }

        var member = IdMember ?? throw new InvalidOperationException($"{typeof(T).Name} has no id member: add an Id property or mark one with [BsonId].");
        object value = id;
        var memberType = Nullable.GetUnderlyingType(member.MemberType) ?? member.MemberType;
        if (!memberType.IsInstanceOfType(value))
        {
            value = Convert(value, memberType);
        }

        try
        {
            return member.SerializationInfo.SerializeValue(value);
        }
        catch (Exception exception) when (exception is BsonSerializationException or FormatException or InvalidCastException or OverflowException)
        {
            throw new InvalidIdException(typeof(T), id, memberType, exception);
        }
    }

    // A shortcut is taken only for the library's own serializers (whose output depends on the type and the member's
    // representation, never on the value), after checking what they produce for a sample value.
    private static IdShortcut DetectIdShortcut(BsonMemberMap? member)
    {
        if (member is null || member.SerializationInfo.Serializer.GetType().Assembly != typeof(BsonDocument).Assembly)
        {
            return IdShortcut.None;
        }

        var info = member.SerializationInfo;
        var type = Nullable.GetUnderlyingType(member.MemberType) ?? member.MemberType;
        const string SampleHex = "0123456789abcdef01234567";
        try
        {
            if (type == typeof(ObjectId))
            {
                var sample = ObjectId.Parse(SampleHex);
                return info.SerializeValue(sample) is BsonObjectId { Value: var value } && value == sample ? IdShortcut.ObjectIdAsObjectId : IdShortcut.None;
            }

            if (type == typeof(string))
            {
                return info.SerializeValue(SampleHex) switch
                {
                    BsonObjectId { Value: var value } when value == ObjectId.Parse(SampleHex) => IdShortcut.StringAsObjectId,
                    BsonString { Value: SampleHex } => IdShortcut.StringAsString,
                    _ => IdShortcut.None,
                };
            }

            if (type == typeof(int))
            {
                return info.SerializeValue(-7) is BsonInt32 { Value: -7 } ? IdShortcut.Int32AsInt32 : IdShortcut.None;
            }

            if (type == typeof(long))
            {
                return info.SerializeValue(-7L) is BsonInt64 { Value: -7L } ? IdShortcut.Int64AsInt64 : IdShortcut.None;
            }
        }
        catch (Exception exception) when (exception is BsonSerializationException or FormatException or InvalidCastException or OverflowException)
        {
            // A representation that cannot hold the sample: no shortcut.
        }

        return IdShortcut.None;
    }

    /// <summary>Gets the stored id of an entity (generating one first when <paramref name="generate"/> and the id type supports it).</summary>
    public BsonValue GetId(T entity, bool generate)
    {
        if (IdProvider is null)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has no id member: add an Id property or mark one with [BsonId].");
        }

        if (generate)
        {
            return IdProvider.EnsureId(entity);
        }

        return IdProvider.TryGetId(entity, out var id) && id is not null
            ? id
            : throw new ArgumentException($"The {typeof(T).Name} has no id: it must be inserted first.", nameof(entity));
    }

    /// <summary>Gets the .NET value of an entity's id (for messages).</summary>
    public object? GetIdValue(T entity) => IdMember?.GetValue(entity);

    private static object Convert(object value, Type memberType)
    {
        try
        {
            if (value is string text)
            {
                if (memberType == typeof(ObjectId))
                {
                    return ObjectId.Parse(text);
                }

                if (memberType == typeof(Guid))
                {
                    return Guid.Parse(text);
                }
            }

            if (memberType == typeof(string) && value is ObjectId or Guid)
            {
                return value.ToString()!;
            }

            if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(memberType))
            {
                return System.Convert.ChangeType(value, memberType, CultureInfo.InvariantCulture);
            }
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new InvalidIdException(typeof(T), value, memberType, exception);
        }

        throw new InvalidIdException(typeof(T), value, memberType);
    }

    private string? ElementOf(Type contract, string memberName)
    {
        if (!contract.IsAssignableFrom(typeof(T)))
        {
            return null;
        }

        return ClassMap.GetMember(memberName)?.ElementName
            ?? throw new InvalidOperationException($"{typeof(T).Name} implements {contract.Name}, but its {memberName} property is not mapped: make it a public read-write property.");
    }
}
