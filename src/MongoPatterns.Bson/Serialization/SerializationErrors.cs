using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MongoPatterns.Bson.Serialization;

/// <summary>
/// Creates the <see cref="BsonSerializationException"/>s of object mapping and adds the member path to them as they
/// travel up through class maps and collections, so that the final message reads
/// "Cannot deserialize 'User.Address.Zip': expected Int32 but found String at offset 40 (field 'address.zip')."
/// </summary>
/// <remarks>
/// A mapping failure carries its bare reason and the .NET member path in <see cref="Exception.Data"/>; each enclosing
/// container rethrows a new exception with one more path segment. Failures of the binary reader and writer (which know
/// their offset and element path already) pass through unchanged; any other exception is wrapped.
/// </remarks>
internal static class SerializationErrors
{
    private const string ReasonKey = "MongoPatterns.Bson.Serialization.Reason";
    private const string MemberPathKey = "MongoPatterns.Bson.Serialization.MemberPath";

    /// <summary>A failure to read a value of <paramref name="type"/>.</summary>
    public static BsonSerializationException Deserialization(Type type, string reason, long? offset = null, Exception? innerException = null) =>
        Create(Operation.Deserialize, type, string.Empty, null, reason, offset, innerException);

    /// <summary>A failure to write a value of <paramref name="type"/>.</summary>
    public static BsonSerializationException Serialization(Type type, string reason, Exception? innerException = null) =>
        Create(Operation.Serialize, type, string.Empty, null, reason, null, innerException);

    /// <summary>A failure to build the mapping of <paramref name="type"/> (raised when a serializer is first requested).</summary>
    public static BsonSerializationException Mapping(Type type, string reason, Exception? innerException = null) =>
        new($"Cannot map {TypeNames.Format(type)}: {reason}", null, null, innerException);

    /// <summary>An element of a document that matches no member of <paramref name="type"/>.</summary>
    public static BsonSerializationException UnknownElement(Type type, string elementName, long offset) =>
        Create(
            Operation.Deserialize,
            type,
            string.Empty,
            elementName,
            $"the element '{elementName}' matches no member of {TypeNames.Format(type)} (mark the class [BsonIgnoreExtraElements] or give it a [BsonExtraElements] member to accept unknown elements)",
            offset,
            null);

    /// <summary>Throws "expected X but found Y" for a value of <typeparamref name="T"/> at <paramref name="offset"/>.</summary>
    [DoesNotReturn]
    public static T ThrowUnexpectedType<T>(BsonType found, string expected, int offset) =>
        throw Deserialization(typeof(T), $"expected {expected} but found {found}", offset);

    /// <summary>Throws a reading failure of <typeparamref name="T"/>.</summary>
    [DoesNotReturn]
    public static T ThrowDeserialization<T>(string reason, int offset, Exception? innerException = null) =>
        throw Deserialization(typeof(T), reason, offset, innerException);

    /// <summary>Throws a writing failure of <typeparamref name="T"/>.</summary>
    [DoesNotReturn]
    public static void ThrowSerialization<T>(string reason, Exception? innerException = null) =>
        throw Serialization(typeof(T), reason, innerException);

    /// <summary>
    /// Whether a caught exception gets the member path added (<see cref="WithMember"/>): everything but fatal exceptions
    /// and the failures of the binary reader and writer, which already name their offset and element path.
    /// </summary>
    public static bool ShouldWrap(Exception exception) => exception switch
    {
        OutOfMemoryException or InsufficientExecutionStackException => false,
        BsonSerializationException serialization => serialization.Data[ReasonKey] is string || serialization.Offset is null,
        _ => true,
    };

    /// <summary>Returns the failure of a member or item with its segment added to the path.</summary>
    /// <param name="exception">The caught exception, for which <see cref="ShouldWrap"/> returned true.</param>
    /// <param name="containerType">The class or collection type whose member failed.</param>
    /// <param name="memberSegment">The .NET member name, or <c>[index]</c>/<c>[key]</c> for items.</param>
    /// <param name="elementSegment">The element name, or the array index.</param>
    /// <param name="deserializing">Whether the failure happened while reading.</param>
    /// <returns>The exception to throw.</returns>
    public static BsonSerializationException WithMember(Exception exception, Type containerType, string memberSegment, string elementSegment, bool deserializing)
    {
        string reason;
        string memberPath;
        string? elementPath;
        long? offset;
        Exception? innerException;
        if (exception is BsonSerializationException serialization && serialization.Data[ReasonKey] is string markedReason)
        {
            reason = markedReason;
            memberPath = serialization.Data[MemberPathKey] as string ?? string.Empty;
            elementPath = serialization.Path;
            offset = serialization.Offset;
            innerException = serialization.InnerException;
        }
        else
        {
            reason = exception.Message.TrimEnd('.');
            memberPath = string.Empty;
            elementPath = (exception as BsonSerializationException)?.Path;
            offset = null;
            innerException = exception;
        }

        var separator = memberSegment.StartsWith('[') ? string.Empty : ".";
        var member = separator + memberSegment + memberPath;
        var element = elementPath is null ? elementSegment : elementSegment + "." + elementPath;
        return Create(deserializing ? Operation.Deserialize : Operation.Serialize, containerType, member, element, reason, offset, innerException);
    }

    /// <summary>The item segment for collections: <c>[3]</c>.</summary>
    public static string IndexSegment(int index) => string.Create(CultureInfo.InvariantCulture, $"[{index}]");

    private static BsonSerializationException Create(
        Operation operation, Type type, string memberPath, string? elementPath, string reason, long? offset, Exception? innerException)
    {
        var verb = operation == Operation.Deserialize ? "deserialize" : "serialize";
        var subject = memberPath.Length == 0 ? TypeNames.Format(type) : $"'{TypeNames.Format(type)}{memberPath}'";
        var exception = new BsonSerializationException($"Cannot {verb} {subject}: {reason}", offset, elementPath, innerException);
        exception.Data[ReasonKey] = reason;
        exception.Data[MemberPathKey] = memberPath;
        return exception;
    }

    private enum Operation
    {
        Deserialize,
        Serialize,
    }
}
