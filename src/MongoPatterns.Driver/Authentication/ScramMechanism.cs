using System.Security.Cryptography;
using System.Text;

namespace MongoPatterns.Driver.Authentication;

/// <summary>
/// MongoDB's use of SCRAM (Driver Authentication specification): how the password is prepared for SCRAM-SHA-1 (the
/// hex MD5 digest of <c>username:mongo:password</c>) and for SCRAM-SHA-256 (SASLprep), and how nonces are made.
/// User names are never SASLprep'd.
/// </summary>
internal static class ScramMechanism
{
    /// <summary>Starts a MongoDB SCRAM-SHA-1 conversation.</summary>
    /// <param name="username">The user name.</param>
    /// <param name="password">The plain-text password.</param>
    /// <param name="clientNonce">The nonce, or <see langword="null"/> for a fresh random one.</param>
    /// <param name="cache">The salted password cache; <see langword="null"/> uses <see cref="ScramSaltedPasswordCache.Shared"/>.</param>
    /// <returns>The conversation.</returns>
    public static ScramConversation StartSha1(string username, string password, string? clientNonce = null, ScramSaltedPasswordCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        return new ScramConversation(ScramAlgorithm.Sha1, username, PasswordDigest(username, password), clientNonce ?? CreateNonce(), cache ?? ScramSaltedPasswordCache.Shared);
    }

    /// <summary>Starts a MongoDB SCRAM-SHA-256 conversation.</summary>
    /// <param name="username">The user name.</param>
    /// <param name="password">The plain-text password; it is prepared with SASLprep.</param>
    /// <param name="clientNonce">The nonce, or <see langword="null"/> for a fresh random one.</param>
    /// <param name="cache">The salted password cache; <see langword="null"/> uses <see cref="ScramSaltedPasswordCache.Shared"/>.</param>
    /// <returns>The conversation.</returns>
    /// <exception cref="MongoAuthenticationException">The password cannot be prepared with SASLprep.</exception>
    public static ScramConversation StartSha256(string username, string password, string? clientNonce = null, ScramSaltedPasswordCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        string prepared;
        try
        {
            prepared = SaslPrep.Prepare(password);
        }
        catch (ArgumentException exception)
        {
            throw new MongoAuthenticationException("SCRAM-SHA-256 cannot use the password: " + exception.Message, exception);
        }

        return new ScramConversation(ScramAlgorithm.Sha256, username, prepared, clientNonce ?? CreateNonce(), cache ?? ScramSaltedPasswordCache.Shared);
    }

    /// <summary>Creates a client nonce: 24 cryptographically random bytes, base64-encoded (never contains ',').</summary>
    /// <returns>The nonce.</returns>
    public static string CreateNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <summary>MongoDB's SCRAM-SHA-1 password: lower-case hex of MD5(UTF-8(<c>username + ":mongo:" + password</c>)).</summary>
    /// <param name="username">The user name, not SASLprep'd.</param>
    /// <param name="password">The plain-text password, not SASLprep'd.</param>
    /// <returns>The 32-character digest.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "MongoDB's SCRAM-SHA-1 defines the password input as this MD5 digest; it is protocol, not protection.")]
    internal static string PasswordDigest(string username, string password) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(username + ":mongo:" + password))).ToLowerInvariant();
}
