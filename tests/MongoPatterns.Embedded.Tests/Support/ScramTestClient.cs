using System.Security.Cryptography;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Tests.Support;

/// <summary>A client-side SCRAM conversation over <see cref="WireTestClient"/>, written independently of the server's.</summary>
public static class ScramTestClient
{
    /// <summary>Authenticates; returns the last server reply (ok 1 on success, the error otherwise).</summary>
    public static async Task<BsonDocument> AuthenticateAsync(WireTestClient client, string user, string password, string mechanism, string database = "admin", bool skipEmptyExchange = false)
    {
        var sha1 = mechanism == "SCRAM-SHA-1";
        var clientNonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var clientFirstBare = $"n={user.Replace("=", "=3D", StringComparison.Ordinal).Replace(",", "=2C", StringComparison.Ordinal)},r={clientNonce}";
        var start = new BsonDocument
        {
            { "saslStart", 1 },
            { "mechanism", mechanism },
            { "payload", new BsonBinaryData(Encoding.UTF8.GetBytes("n,," + clientFirstBare)) },
            { "autoAuthorize", 1 },
        };
        if (skipEmptyExchange)
        {
            start.Add("options", new BsonDocument("skipEmptyExchange", true));
        }

        var reply = await client.RunAsync(start, database);
        if (reply["ok"].ToDouble() != 1)
        {
            return reply;
        }

        var serverFirst = Encoding.UTF8.GetString(reply["payload"].AsBsonBinaryData.Bytes.Span);
        var parts = serverFirst.Split(',').ToDictionary(p => p[0], p => p[2..]);
        var salt = Convert.FromBase64String(parts['s']);
        var iterations = int.Parse(parts['i'], System.Globalization.CultureInfo.InvariantCulture);
        var prepared = sha1 ? Md5Hex(user + ":mongo:" + password) : password;
        var hash = sha1 ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256;
        var salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(prepared), salt, iterations, hash, sha1 ? 20 : 32);
        var clientKey = Hmac(sha1, salted, "Client Key");
        var storedKey = Digest(sha1, clientKey);
        var withoutProof = $"c=biws,r={parts['r']}";
        var authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        var signature = Hmac(sha1, storedKey, authMessage);
        var proof = clientKey.Zip(signature, (a, b) => (byte)(a ^ b)).ToArray();
        reply = await client.RunAsync(new BsonDocument
        {
            { "saslContinue", 1 },
            { "conversationId", reply["conversationId"] },
            { "payload", new BsonBinaryData(Encoding.UTF8.GetBytes(withoutProof + ",p=" + Convert.ToBase64String(proof))) },
        }, database);
        if (reply["ok"].ToDouble() != 1)
        {
            return reply;
        }

        var serverKey = Hmac(sha1, salted, "Server Key");
        var expected = "v=" + Convert.ToBase64String(Hmac(sha1, serverKey, authMessage));
        if (Encoding.UTF8.GetString(reply["payload"].AsBsonBinaryData.Bytes.Span) != expected)
        {
            throw new InvalidOperationException("server signature mismatch");
        }

        while (!reply["done"].AsBoolean)
        {
            reply = await client.RunAsync(new BsonDocument
            {
                { "saslContinue", 1 },
                { "conversationId", reply["conversationId"] },
                { "payload", new BsonBinaryData([]) },
            }, database);
        }

        return reply;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "SCRAM-SHA-1 is defined over SHA-1.")]
    private static byte[] Digest(bool sha1, byte[] data) => sha1 ? SHA1.HashData(data) : SHA256.HashData(data);

    private static byte[] Hmac(bool sha1, byte[] key, string data) => Hmac(sha1, key, Encoding.UTF8.GetBytes(data));

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "SCRAM-SHA-1 is defined over HMAC-SHA-1.")]
    private static byte[] Hmac(bool sha1, byte[] key, byte[] data) => sha1 ? HMACSHA1.HashData(key, data) : HMACSHA256.HashData(key, data);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "MongoDB's SCRAM-SHA-1 password digest is MD5(user:mongo:password).")]
    private static string Md5Hex(string text) => string.Concat(MD5.HashData(Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
}
