using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Configuration;
using MongoPatterns.Diagnostics;
using MongoPatterns.Exceptions;

namespace MongoPatterns.Paging;

/// <summary>
/// Mints and verifies keyset continuation tokens: base64url( BSON { f: query fingerprint, v: last sort-key values } ||
/// HMAC-SHA256 ). A token is accepted only with a valid signature and the fingerprint of the same collection, filter and
/// sort.
/// </summary>
internal sealed class ContinuationTokenProtector
{
    private const int MacLength = 32;
    private readonly byte[] _key;

    public ContinuationTokenProtector(IOptions<MongoPatternsOptions> options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.Paging.ContinuationTokenKey;
        if (string.IsNullOrEmpty(configured))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            IsRandomKey = true;
            RepositoryLog.RandomContinuationTokenKey(loggerFactory?.CreateLogger("MongoPatterns.Paging") ?? NullLogger.Instance);
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(configured);
        }
    }

    /// <summary>Gets a value indicating whether tokens are signed with a random per-process key.</summary>
    public bool IsRandomKey { get; }

    /// <summary>Computes the fingerprint of a keyset query: the collection, filter and sort it pages over.</summary>
    public static byte[] Fingerprint(string database, string collection, BsonDocument filter, BsonDocument sort)
    {
        var text = string.Concat(database, ".", collection, "|", filter.ToJson(), "|", sort.ToJson());
        return SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16).ToArray();
    }

    public string Protect(byte[] fingerprint, BsonArray values)
    {
        var payload = BsonSerializer.Serialize(new BsonDocument { { "f", new BsonBinaryData(fingerprint) }, { "v", values } });
        var token = new byte[payload.Length + MacLength];
        payload.CopyTo(token, 0);
        HMACSHA256.HashData(_key, payload, token.AsSpan(payload.Length));
        return Convert.ToBase64String(token).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public BsonArray Unprotect(string token, byte[] fingerprint)
    {
        byte[] bytes;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException exception)
        {
            throw new InvalidContinuationTokenException("The continuation token is malformed: it is not URL-safe base64. Restart paging from the first page.", exception);
        }

        if (bytes.Length <= MacLength)
        {
            throw new InvalidContinuationTokenException("The continuation token is malformed: it is too short. Restart paging from the first page.");
        }

        var payload = bytes.AsSpan(0, bytes.Length - MacLength);
        Span<byte> expected = stackalloc byte[MacLength];
        HMACSHA256.HashData(_key, payload, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(bytes.Length - MacLength)))
        {
            throw new InvalidContinuationTokenException("The continuation token was tampered with or signed with another key" + (IsRandomKey ? " (the process restarted: set MongoPatterns:Paging:ContinuationTokenKey)" : string.Empty) + ". Restart paging from the first page.");
        }

        var document = BsonSerializer.Deserialize<BsonDocument>(payload);
        if (!document.TryGetValue("f", out var storedFingerprint) || storedFingerprint is not BsonBinaryData binary
            || !binary.Bytes.Span.SequenceEqual(fingerprint) || !document.TryGetValue("v", out var values) || values is not BsonArray array)
        {
            throw new InvalidContinuationTokenException("The continuation token belongs to a different query (collection, filter or sort). Restart paging from the first page.");
        }

        return array;
    }
}
