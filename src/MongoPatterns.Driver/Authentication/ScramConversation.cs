using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MongoPatterns.Driver.Authentication;

/// <summary>
/// The client side of one SCRAM exchange (RFC 5802, RFC 7677) as pure string functions: build the client-first
/// message, answer the server-first message with the client-final message and its proof, then verify the server's
/// signature. No channel binding (the GS2 header is always <c>n,,</c>). The caller carries the messages over
/// <c>saslStart</c>/<c>saslContinue</c> (UTF-8 payloads).
/// </summary>
/// <remarks>
/// The password given here is the SCRAM "Normalize(password)" input: for MongoDB's SCRAM-SHA-1 the hex MD5 digest, for
/// SCRAM-SHA-256 the SASLprep'd password. <see cref="ScramMechanism"/> prepares it. Not thread-safe: one instance per
/// conversation.
/// </remarks>
internal sealed class ScramConversation
{
    /// <summary>The smallest iteration count accepted from a server (Driver Authentication specification).</summary>
    public const int MinimumIterationCount = 4096;

    private const string Gs2Header = "n,,";

    private readonly ScramAlgorithm _algorithm;
    private readonly string _password;
    private readonly string _clientNonce;
    private readonly ScramSaltedPasswordCache? _cache;
    private byte[]? _expectedServerSignature;
    private Step _step;

    /// <summary>Starts a conversation.</summary>
    /// <param name="algorithm">SCRAM-SHA-1 or SCRAM-SHA-256.</param>
    /// <param name="username">The user name, sent as is apart from the RFC 5802 escaping of ',' and '='.</param>
    /// <param name="password">The prepared password (see the remarks).</param>
    /// <param name="clientNonce">A fresh, unpredictable printable nonce without ','; see <see cref="ScramMechanism.CreateNonce"/>.</param>
    /// <param name="cache">Where salted passwords are cached, or <see langword="null"/> to always compute them.</param>
    public ScramConversation(ScramAlgorithm algorithm, string username, string password, string clientNonce, ScramSaltedPasswordCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrEmpty(clientNonce);
        if (clientNonce.Contains(',', StringComparison.Ordinal))
        {
            throw new ArgumentException("A SCRAM nonce must not contain ','.", nameof(clientNonce));
        }

        _algorithm = algorithm;
        _password = password;
        _clientNonce = clientNonce;
        _cache = cache;
        ClientFirstMessageBare = "n=" + EscapeUsername(username) + ",r=" + clientNonce;
    }

    private enum Step
    {
        ClientFirst,
        ServerFirst,
        ServerFinal,
        Complete,
    }

    /// <summary>Gets the client-first-message without the GS2 header: <c>n=user,r=nonce</c>.</summary>
    public string ClientFirstMessageBare { get; }

    /// <summary>Gets a value indicating whether the server's signature has been verified.</summary>
    public bool IsComplete => _step == Step.Complete;

    /// <summary>Returns the client-first-message, <c>n,,n=user,r=nonce</c>, the payload of <c>saslStart</c>.</summary>
    /// <returns>The message.</returns>
    public string GetClientFirstMessage()
    {
        if (_step != Step.ClientFirst && _step != Step.ServerFirst)
        {
            throw new InvalidOperationException("The client-first message belongs to the start of the conversation.");
        }

        _step = Step.ServerFirst;
        return Gs2Header + ClientFirstMessageBare;
    }

    /// <summary>
    /// Checks the server-first-message (nonce, salt, iteration count) and returns the client-final-message with the
    /// client proof.
    /// </summary>
    /// <param name="serverFirstMessage">The server-first-message, e.g. <c>r=...,s=...,i=4096</c>.</param>
    /// <returns>The client-final-message, <c>c=biws,r=...,p=...</c>.</returns>
    /// <exception cref="MongoAuthenticationException">The message is malformed, the nonce does not extend the client nonce, or the iteration count is below 4096.</exception>
    public string ProcessServerFirstMessage(string serverFirstMessage)
    {
        ArgumentNullException.ThrowIfNull(serverFirstMessage);
        if (_step != Step.ServerFirst)
        {
            throw new InvalidOperationException("Send the client-first message before processing the server-first message.");
        }

        var attributes = ParseAttributes(serverFirstMessage, "server-first");
        if (attributes.ContainsKey('m'))
        {
            throw Failed("the server requires a SCRAM extension this client does not support");
        }

        var nonce = Require(attributes, 'r', "server-first");
        if (nonce.Length <= _clientNonce.Length || !nonce.StartsWith(_clientNonce, StringComparison.Ordinal))
        {
            throw Failed("the server nonce does not start with the client nonce");
        }

        byte[] salt;
        try
        {
            salt = Convert.FromBase64String(Require(attributes, 's', "server-first"));
        }
        catch (FormatException exception)
        {
            throw new MongoAuthenticationException("SCRAM authentication failed: the server sent a salt that is not valid base64.", exception);
        }

        if (!int.TryParse(Require(attributes, 'i', "server-first"), NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
        {
            throw Failed("the server sent an iteration count that is not a positive number");
        }

        if (iterations < MinimumIterationCount)
        {
            throw Failed(string.Create(CultureInfo.InvariantCulture, $"the server asked for {iterations} iterations; at least {MinimumIterationCount} are required"));
        }

        var clientFinalWithoutProof = "c=biws,r=" + nonce;
        var authMessage = Encoding.UTF8.GetBytes(ClientFirstMessageBare + "," + serverFirstMessage + "," + clientFinalWithoutProof);
        var saltedPassword = _cache is null
            ? ComputeSaltedPassword(salt, iterations)
            : _cache.GetOrAdd(_algorithm, _password, salt, iterations, () => ComputeSaltedPassword(salt, iterations));

        var clientKey = Hmac(saltedPassword, "Client Key"u8);
        var storedKey = Hash(clientKey);
        var proof = Hmac(storedKey, authMessage);
        for (var i = 0; i < proof.Length; i++)
        {
            proof[i] ^= clientKey[i];
        }

        _expectedServerSignature = Hmac(Hmac(saltedPassword, "Server Key"u8), authMessage);
        CryptographicOperations.ZeroMemory(clientKey);
        if (_cache is null)
        {
            CryptographicOperations.ZeroMemory(saltedPassword);
        }

        _step = Step.ServerFinal;
        return clientFinalWithoutProof + ",p=" + Convert.ToBase64String(proof);
    }

    /// <summary>Verifies the server-final-message: the server proves it knows the password.</summary>
    /// <param name="serverFinalMessage">The server-final-message, <c>v=signature</c> or <c>e=error</c>.</param>
    /// <exception cref="MongoAuthenticationException">The server reported an error or its signature does not match.</exception>
    public void ValidateServerFinalMessage(string serverFinalMessage)
    {
        ArgumentNullException.ThrowIfNull(serverFinalMessage);
        if (_step != Step.ServerFinal || _expectedServerSignature is null)
        {
            throw new InvalidOperationException("Process the server-first message before validating the server-final message.");
        }

        var attributes = ParseAttributes(serverFinalMessage, "server-final");
        if (attributes.TryGetValue('e', out var error))
        {
            throw Failed($"the server reported '{error}'");
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(Require(attributes, 'v', "server-final"));
        }
        catch (FormatException exception)
        {
            throw new MongoAuthenticationException("SCRAM authentication failed: the server signature is not valid base64.", exception);
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, _expectedServerSignature))
        {
            throw Failed("the server signature does not match, so the server could not prove it knows the password (possible impersonation)");
        }

        _step = Step.Complete;
    }

    /// <summary>Escapes a SCRAM user name: '=' becomes <c>=3D</c> and ',' becomes <c>=2C</c> (RFC 5802 section 5.1).</summary>
    internal static string EscapeUsername(string username) =>
        username.Replace("=", "=3D", StringComparison.Ordinal).Replace(",", "=2C", StringComparison.Ordinal);

    private static Dictionary<char, string> ParseAttributes(string message, string messageName)
    {
        var attributes = new Dictionary<char, string>();
        foreach (var part in message.Split(','))
        {
            if (part.Length < 2 || part[1] != '=' || !char.IsAsciiLetter(part[0]))
            {
                throw Failed($"the {messageName} message from the server is malformed");
            }

            attributes.TryAdd(part[0], part[2..]);
        }

        return attributes;
    }

    private static string Require(Dictionary<char, string> attributes, char name, string messageName) =>
        attributes.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw Failed($"the {messageName} message from the server has no '{name}' attribute");

    private static MongoAuthenticationException Failed(string reason) => new("SCRAM authentication failed: " + reason + ".");

    private byte[] ComputeSaltedPassword(byte[] salt, int iterations)
    {
        var passwordBytes = Encoding.UTF8.GetBytes(_password);
        try
        {
            return _algorithm == ScramAlgorithm.Sha1
                ? Rfc2898DeriveBytes.Pbkdf2(passwordBytes, salt, iterations, HashAlgorithmName.SHA1, SHA1.HashSizeInBytes)
                : Rfc2898DeriveBytes.Pbkdf2(passwordBytes, salt, iterations, HashAlgorithmName.SHA256, SHA256.HashSizeInBytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
        }
    }

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "SCRAM-SHA-1 (RFC 5802) is defined over SHA-1; MongoDB servers still offer it.")]
    private byte[] Hmac(byte[] key, ReadOnlySpan<byte> data) =>
        _algorithm == ScramAlgorithm.Sha1 ? HMACSHA1.HashData(key, data) : HMACSHA256.HashData(key, data);

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "SCRAM-SHA-1 (RFC 5802) is defined over SHA-1; MongoDB servers still offer it.")]
    private byte[] Hash(byte[] data) => _algorithm == ScramAlgorithm.Sha1 ? SHA1.HashData(data) : SHA256.HashData(data);
}
