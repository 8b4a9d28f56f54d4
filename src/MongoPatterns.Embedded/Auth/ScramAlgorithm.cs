using System.Security.Cryptography;

namespace MongoPatterns.Embedded.Auth;

/// <summary>The hash behind a SCRAM mechanism.</summary>
internal sealed class ScramAlgorithm
{
    private ScramAlgorithm(string mechanism, HashAlgorithmName hash, int iterations, int keyLength)
    {
        Mechanism = mechanism;
        Hash = hash;
        Iterations = iterations;
        KeyLength = keyLength;
    }

    /// <summary>Gets SCRAM-SHA-1 (MongoDB hashes the password as MD5(user:mongo:password) first).</summary>
    public static ScramAlgorithm Sha1 { get; } = new("SCRAM-SHA-1", HashAlgorithmName.SHA1, 10_000, 20);

    /// <summary>Gets SCRAM-SHA-256 (the password is SASLprepped).</summary>
    public static ScramAlgorithm Sha256 { get; } = new("SCRAM-SHA-256", HashAlgorithmName.SHA256, 15_000, 32);

    /// <summary>Gets the mechanism name.</summary>
    public string Mechanism { get; }

    /// <summary>Gets the hash algorithm.</summary>
    public HashAlgorithmName Hash { get; }

    /// <summary>Gets the PBKDF2 iteration count MongoDB uses by default.</summary>
    public int Iterations { get; }

    /// <summary>Gets the hash length in bytes.</summary>
    public int KeyLength { get; }

    /// <summary>Finds the algorithm of a mechanism name.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The algorithm or null.</returns>
    public static ScramAlgorithm? FromMechanism(string mechanism) => mechanism switch
    {
        "SCRAM-SHA-1" => Sha1,
        "SCRAM-SHA-256" => Sha256,
        _ => null,
    };

    /// <summary>Computes HMAC(key, data).</summary>
    /// <param name="key">The key.</param>
    /// <param name="data">The data.</param>
    /// <returns>The MAC.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "SCRAM-SHA-1 is a MongoDB authentication mechanism that clients may choose; SHA-1 is mandated by the protocol.")]
    public byte[] Hmac(byte[] key, ReadOnlySpan<byte> data) => Hash == HashAlgorithmName.SHA1 ? HMACSHA1.HashData(key, data) : HMACSHA256.HashData(key, data);

    /// <summary>Computes H(data).</summary>
    /// <param name="data">The data.</param>
    /// <returns>The hash.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "SCRAM-SHA-1 is a MongoDB authentication mechanism that clients may choose; SHA-1 is mandated by the protocol.")]
    public byte[] Digest(ReadOnlySpan<byte> data) => Hash == HashAlgorithmName.SHA1 ? SHA1.HashData(data) : SHA256.HashData(data);

    /// <summary>Computes PBKDF2(password, salt, iterations).</summary>
    /// <param name="password">The prepared password bytes.</param>
    /// <param name="salt">The salt.</param>
    /// <param name="iterations">The iteration count.</param>
    /// <returns>The salted password.</returns>
    public byte[] SaltPassword(byte[] password, byte[] salt, int iterations) => Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, Hash, KeyLength);
}
