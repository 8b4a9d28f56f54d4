using System.Globalization;
using System.Text;

namespace MongoPatterns.Bson;

/// <summary>
/// Thrown when BSON cannot be read (malformed or over-limit input) or written (invalid names, limits exceeded).
/// </summary>
/// <remarks>
/// <see cref="Offset"/> and <see cref="Path"/> locate the problem: the message ends with
/// "at offset N (field 'a.b.3.c')." whenever they are known.
/// </remarks>
public sealed class BsonSerializationException : BsonException
{
    /// <summary>Creates an exception with a default message.</summary>
    public BsonSerializationException()
        : base("The BSON data could not be serialized or deserialized.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public BsonSerializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BsonSerializationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that names where in the input the problem is.</summary>
    /// <param name="reason">What went wrong, without a final period (offset and path are appended).</param>
    /// <param name="offset">The byte offset in the input, or <see langword="null"/> when unknown.</param>
    /// <param name="path">The dotted field path (e.g. <c>a.b.3.c</c>), or <see langword="null"/> when unknown.</param>
    /// <param name="innerException">The cause, if any.</param>
    public BsonSerializationException(string reason, long? offset, string? path, Exception? innerException = null)
        : base(ComposeMessage(reason, offset, path), innerException)
    {
        Offset = offset;
        Path = string.IsNullOrEmpty(path) ? null : path;
    }

    /// <summary>Gets the byte offset in the input where the problem was found, when known.</summary>
    public long? Offset { get; }

    /// <summary>Gets the dotted path of the field being read or written (e.g. <c>user.tags.3</c>), when known.</summary>
    public string? Path { get; }

    private static string ComposeMessage(string reason, long? offset, string? path)
    {
        var builder = new StringBuilder(reason.Length + 48);
        builder.Append(reason.TrimEnd('.'));
        if (offset is long position)
        {
            builder.Append(CultureInfo.InvariantCulture, $" at offset {position}");
        }

        if (!string.IsNullOrEmpty(path))
        {
            builder.Append(CultureInfo.InvariantCulture, $" (field '{path}')");
        }

        builder.Append('.');
        return builder.ToString();
    }
}
