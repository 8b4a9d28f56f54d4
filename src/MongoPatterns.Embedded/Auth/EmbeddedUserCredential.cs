using System.Security.Cryptography;
using System.Text;

namespace MongoPatterns.Embedded.Auth;

/// <summary>A configured user with SCRAM credentials derived lazily (PBKDF2 is slow on purpose; startup stays fast).</summary>
internal sealed class EmbeddedUserCredential
{
    private readonly Lazy<ScramCredential> _sha1;
    private readonly Lazy<ScramCredential> _sha256;

    /// <summary>Creates the credential of a user.</summary>
    /// <param name="user">The user.</param>
    public EmbeddedUserCredential(EmbeddedMongoUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        Username = user.Username;
        Database = user.Database;
        var password = user.Password;
        _sha1 = new Lazy<ScramCredential>(() => Derive(ScramAlgorithm.Sha1, Encoding.UTF8.GetBytes(Md5Digest(user.Username, password))));
        _sha256 = new Lazy<ScramCredential>(() => Derive(ScramAlgorithm.Sha256, Encoding.UTF8.GetBytes(SaslPrep.Prepare(password))));
    }

    /// <summary>Gets the user name.</summary>
    public string Username { get; }

    /// <summary>Gets the authentication database.</summary>
    public string Database { get; }

    /// <summary>Gets the mechanisms the user can authenticate with.</summary>
    public IReadOnlyList<string> Mechanisms { get; } = ["SCRAM-SHA-1", "SCRAM-SHA-256"];

    /// <summary>Gets the credential for a mechanism.</summary>
    /// <param name="algorithm">The mechanism.</param>
    /// <returns>The credential.</returns>
    public ScramCredential GetCredential(ScramAlgorithm algorithm) => ReferenceEquals(algorithm, ScramAlgorithm.Sha1) ? _sha1.Value : _sha256.Value;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "SCRAM-SHA-1 in MongoDB is defined over MD5(user:mongo:password); it is the protocol, not a choice.")]
    private static string Md5Digest(string username, string password) =>
        string.Concat(MD5.HashData(Encoding.UTF8.GetBytes(username + ":mongo:" + password)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    private static ScramCredential Derive(ScramAlgorithm algorithm, byte[] password)
    {
        var salt = RandomNumberGenerator.GetBytes(algorithm.KeyLength == 20 ? 16 : 28);
        var salted = algorithm.SaltPassword(password, salt, algorithm.Iterations);
        var clientKey = algorithm.Hmac(salted, "Client Key"u8);
        var storedKey = algorithm.Digest(clientKey);
        var serverKey = algorithm.Hmac(salted, "Server Key"u8);
        return new ScramCredential(algorithm, salt, algorithm.Iterations, storedKey, serverKey);
    }
}
