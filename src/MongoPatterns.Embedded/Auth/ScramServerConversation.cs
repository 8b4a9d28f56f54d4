using System.Security.Cryptography;
using System.Text;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Auth;

/// <summary>
/// The server side of one SCRAM conversation (RFC 5802 as MongoDB uses it): client-first → server-first,
/// client-final → server-final (proof checked), then MongoDB's optional empty exchange.
/// </summary>
internal sealed class ScramServerConversation
{
    private readonly ScramAlgorithm _algorithm;
    private readonly UserStore _users;
    private readonly string _database;
    private string _clientFirstBare = string.Empty;
    private string _serverFirst = string.Empty;
    private string _nonce = string.Empty;
    private string _gs2Header = string.Empty;
    private EmbeddedUserCredential? _user;
    private ScramCredential? _credential;
    private int _step;

    /// <summary>Creates a conversation.</summary>
    /// <param name="algorithm">The mechanism.</param>
    /// <param name="users">The users.</param>
    /// <param name="database">The authentication database.</param>
    /// <param name="conversationId">The conversation id reported to the client.</param>
    public ScramServerConversation(ScramAlgorithm algorithm, UserStore users, string database, int conversationId)
    {
        _algorithm = algorithm;
        _users = users;
        _database = database;
        ConversationId = conversationId;
    }

    /// <summary>Gets the conversation id.</summary>
    public int ConversationId { get; }

    /// <summary>Gets or sets a value indicating whether the client asked to skip the final empty exchange.</summary>
    public bool SkipEmptyExchange { get; set; }

    /// <summary>Gets a value indicating whether the proof was verified.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>Gets the authenticated user once <see cref="IsComplete"/>.</summary>
    public EmbeddedUserCredential? User => IsComplete ? _user : null;

    /// <summary>Processes the next client message.</summary>
    /// <param name="payload">The client's payload.</param>
    /// <returns>The server's payload.</returns>
    /// <exception cref="MongoServerException">Authentication failed (18) or the message is malformed.</exception>
    public byte[] Step(ReadOnlySpan<byte> payload)
    {
        var message = Encoding.UTF8.GetString(payload);
        return _step++ switch
        {
            0 => ClientFirst(message),
            1 => ClientFinal(message),
            _ => [],
        };
    }

    private static MongoServerException Failed() => new(ErrorCodes.AuthenticationFailed, "Authentication failed.");

    private static Dictionary<char, string> ParseAttributes(string text)
    {
        var attributes = new Dictionary<char, string>();
        foreach (var part in text.Split(','))
        {
            if (part.Length >= 2 && part[1] == '=')
            {
                attributes[part[0]] = part[2..];
            }
        }

        return attributes;
    }

    private byte[] ClientFirst(string message)
    {
        // gs2-header: "n,," or "y,," optionally with "a=authzid"; channel binding ("p=") is not supported.
        if (message.Length < 3 || message[0] is not ('n' or 'y'))
        {
            throw Failed();
        }

        var first = message.IndexOf(',', StringComparison.Ordinal);
        var second = first < 0 ? -1 : message.IndexOf(',', first + 1);
        if (second < 0)
        {
            throw Failed();
        }

        _gs2Header = message[..(second + 1)];
        _clientFirstBare = message[(second + 1)..];
        var attributes = ParseAttributes(_clientFirstBare);
        if (!attributes.TryGetValue('n', out var escapedName) || !attributes.TryGetValue('r', out var clientNonce) || clientNonce.Length == 0)
        {
            throw Failed();
        }

        var username = escapedName.Replace("=2C", ",", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
        _user = _users.Find(_database, username);
        if (_user is null)
        {
            throw new MongoServerException(ErrorCodes.AuthenticationFailed, "Authentication failed.");
        }

        _credential = _user.GetCredential(_algorithm);
        _nonce = clientNonce + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        _serverFirst = $"r={_nonce},s={Convert.ToBase64String(_credential.Salt)},i={_credential.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return Encoding.UTF8.GetBytes(_serverFirst);
    }

    private byte[] ClientFinal(string message)
    {
        var proofIndex = message.LastIndexOf(",p=", StringComparison.Ordinal);
        if (proofIndex < 0 || _credential is null)
        {
            throw Failed();
        }

        var withoutProof = message[..proofIndex];
        var attributes = ParseAttributes(message);
        if (!attributes.TryGetValue('c', out var channelBinding) || !attributes.TryGetValue('r', out var nonce) || !attributes.TryGetValue('p', out var proofText))
        {
            throw Failed();
        }

        if (nonce != _nonce || channelBinding != Convert.ToBase64String(Encoding.UTF8.GetBytes(_gs2Header)))
        {
            throw Failed();
        }

        byte[] proof;
        try
        {
            proof = Convert.FromBase64String(proofText);
        }
        catch (FormatException)
        {
            throw Failed();
        }

        var authMessage = Encoding.UTF8.GetBytes(_clientFirstBare + "," + _serverFirst + "," + withoutProof);
        var clientSignature = _algorithm.Hmac(_credential.StoredKey, authMessage);
        if (proof.Length != clientSignature.Length)
        {
            throw Failed();
        }

        var clientKey = new byte[proof.Length];
        for (var i = 0; i < proof.Length; i++)
        {
            clientKey[i] = (byte)(proof[i] ^ clientSignature[i]);
        }

        if (!CryptographicOperations.FixedTimeEquals(_algorithm.Digest(clientKey), _credential.StoredKey))
        {
            throw Failed();
        }

        IsComplete = true;
        var serverSignature = _algorithm.Hmac(_credential.ServerKey, authMessage);
        return Encoding.UTF8.GetBytes("v=" + Convert.ToBase64String(serverSignature));
    }
}
