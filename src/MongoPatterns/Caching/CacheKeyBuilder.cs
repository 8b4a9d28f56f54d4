using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Caching;

/// <summary>
/// Builds cache keys. A query's key is the SHA-256 (base64url) of its canonical description: database, collection,
/// result type and the exact BSON of filter, sort and projection (element order and numeric types included, as
/// MongoDB compares documents), plus skip, limit and the soft-delete switch. A missing filter, sort or projection is the
/// same as an empty document. Two queries built differently that render the same BSON share a key; queries whose BSON
/// differs only in field order or numeric type (<c>1</c> vs <c>1L</c> vs <c>1.0</c>) get different keys: at worst a
/// miss, never a wrong hit.
/// </summary>
internal sealed class CacheKeyBuilder
{
    /// <summary>Length of a base64url SHA-256 hash (32 bytes, no padding).</summary>
    internal const int HashLength = 43;

    /// <summary>Length of the collection-and-type scope at the start of by-id keys (128 bits, base64url).</summary>
    internal const int ScopeHashLength = 22;

    private const byte FormatVersion = 1;

    private static readonly ConcurrentDictionary<Type, string> s_typeNames = new();

    private readonly string _prefix;
    private readonly int _maxKeyLength;

    public CacheKeyBuilder(string prefix, int maxKeyLength)
    {
        _prefix = prefix;
        _maxKeyLength = maxKeyLength;
    }

    /// <summary>
    /// Hashes the canonical description of a query (once per query object by callers; repeated descriptions are served
    /// by <see cref="QueryHashMemo"/>).
    /// </summary>
    public static string HashQuery(in QueryKeyParts parts)
    {
        using var buffer = new PooledBufferWriter(512);
        buffer.GetSpan(1)[0] = FormatVersion;
        buffer.Advance(1);
        WriteString(buffer, parts.DatabaseName);
        WriteString(buffer, parts.CollectionName);
        WriteString(buffer, TypeName(parts.ResultType));
        WriteDocument(buffer, parts.Filter);
        WriteDocument(buffer, parts.Sort);
        WriteDocument(buffer, parts.Projection);
        WriteInt64(buffer, parts.Skip ?? -1);
        WriteInt64(buffer, parts.Limit ?? -1);
        buffer.GetSpan(1)[0] = parts.IncludeDeleted ? (byte)1 : (byte)0;
        buffer.Advance(1);
        return QueryHashMemo.GetOrAdd(buffer.WrittenSpan);
    }

    /// <summary>The key of one terminal operation (<c>list</c>, <c>count</c>, <c>page:2:20:Exact</c>, ...) of a hashed query.</summary>
    public string ForQuery(string queryHash, string operation) =>
        Bound(string.Concat(_prefix, "q:", queryHash, ":", operation));

    /// <summary>
    /// The fixed start of every by-id key of one collection read as one entity type: the hash of database, collection
    /// and type (computed once per repository by callers).
    /// </summary>
    /// <remarks>
    /// The scope is the first 128 bits of the hash (22 base64url characters): scopes name collections and types of the
    /// application itself, not user input, and shorter keys are faster to hash on every lookup.
    /// </remarks>
    public string ForIdScope(string databaseName, string collectionName, Type entityType) =>
        string.Concat(_prefix, "id:", HashText(string.Join('\0', databaseName, collectionName, TypeName(entityType)))[..ScopeHashLength], ":");

    /// <summary>
    /// The key of a read by id: <paramref name="scope"/> (from <see cref="ForIdScope"/>) and the id, tagged with its
    /// BSON type so that <c>1</c>, <c>1L</c> and <c>"1"</c> never share a key. ObjectIds, strings and integers are
    /// written as text; other id types as the hash of their BSON.
    /// </summary>
    public string ForId(string scope, BsonValue id)
    {
        string key;
        switch (id)
        {
            case BsonObjectId objectId:
                key = string.Create(scope.Length + 1 + 24, (scope, objectId.Value), static (span, state) =>
                {
                    state.scope.CopyTo(span);
                    span[state.scope.Length] = 'o';
                    state.Value.TryFormat(span[(state.scope.Length + 1)..], out _, default, null);
                });
                break;
            case BsonString text:
                key = string.Concat(scope, "s", text.Value);
                break;
            case BsonInt32 number:
                key = string.Concat(scope, "i", number.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonInt64 number:
                key = string.Concat(scope, "l", number.Value.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                key = string.Concat(scope, "b", HashValue(id));
                break;
        }

        return Bound(key);
    }

    /// <summary>The key of an explicit user key: used as given, prefixed; hashed when too long.</summary>
    public string ForExplicitKey(string key) => Bound(string.Concat(_prefix, "k:", key));

    /// <summary>The distributed-cache key holding a collection's generation stamp.</summary>
    public string ForCollectionGeneration(string databaseName, string collectionName) =>
        Bound(string.Concat(_prefix, "gen:c:", databaseName, ".", collectionName));

    /// <summary>The distributed-cache key holding a tag's generation stamp.</summary>
    public string ForTagGeneration(string tag) => Bound(string.Concat(_prefix, "gen:t:", tag));

    /// <summary>Returns the SHA-256 of the UTF-8 text, base64url without padding.</summary>
    public static string HashText(string text)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        using var buffer = new PooledBufferWriter(byteCount);
        var written = Encoding.UTF8.GetBytes(text, buffer.GetSpan(byteCount));
        buffer.Advance(written);
        return HashToBase64Url(buffer.WrittenSpan);
    }

    private static string TypeName(Type type) =>
        s_typeNames.GetOrAdd(type, static t => t.AssemblyQualifiedName ?? t.FullName ?? t.Name);

    private static string HashValue(BsonValue value)
    {
        using var buffer = new PooledBufferWriter(64);
        new BsonDocument("v", value).WriteTo(buffer);
        return HashToBase64Url(buffer.WrittenSpan);
    }

    private string Bound(string key) =>
        key.Length <= _maxKeyLength ? key : string.Concat(_prefix, "h:", HashText(key));

    /// <summary>Returns the SHA-256 of <paramref name="data"/>, base64url without padding.</summary>
    internal static string HashToBase64Url(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(data, hash);
        Span<char> chars = stackalloc char[44];
        Convert.TryToBase64Chars(hash, chars, out var charCount);
        chars = chars[..charCount].TrimEnd('=');
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '+' => '-',
                '/' => '_',
                var other => other,
            };
        }

        return new string(chars);
    }

    private static void WriteString(PooledBufferWriter buffer, string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteInt64(buffer, byteCount);
        var written = Encoding.UTF8.GetBytes(value, buffer.GetSpan(byteCount));
        buffer.Advance(written);
    }

    private static void WriteDocument(PooledBufferWriter buffer, BsonDocument? document)
    {
        if (document is null || document.ElementCount == 0)
        {
            // An absent document and {} describe the same query: both hash as the encoding of {}.
            ReadOnlySpan<byte> empty = [5, 0, 0, 0, 0];
            empty.CopyTo(buffer.GetSpan(empty.Length));
            buffer.Advance(empty.Length);
            return;
        }

        // BSON documents carry their length, so concatenating them is unambiguous.
        document.WriteTo(buffer);
    }

    private static void WriteInt64(PooledBufferWriter buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(sizeof(long)), value);
        buffer.Advance(sizeof(long));
    }
}
