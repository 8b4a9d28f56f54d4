using MongoPatterns.Driver.Authentication;

namespace MongoPatterns.Driver.Tests.Authentication;

/// <summary>The SCRAM algorithm itself, checked against the RFC 5802 and RFC 7677 example exchanges.</summary>
public sealed class ScramConversationTests
{
    // RFC 5802 section 5: user "user", password "pencil" (used as is, without MongoDB's digest).
    private const string Rfc5802Nonce = "fyko+d2lbbFgONRv9qkxdawL";
    private const string Rfc5802ServerFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    private const string Rfc5802ClientFinal = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
    private const string Rfc5802ServerFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

    // RFC 7677 section 3: user "user", password "pencil".
    private const string Rfc7677Nonce = "rOprNGfwEbeRWgbNEkqO";
    private const string Rfc7677ServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private const string Rfc7677ClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private const string Rfc7677ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    [Fact]
    public void Sha1_Rfc5802Example_ProducesTheRfcMessages()
    {
        var conversation = new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Rfc5802Nonce);

        Assert.Equal("n,,n=user,r=" + Rfc5802Nonce, conversation.GetClientFirstMessage());
        Assert.Equal(Rfc5802ClientFinal, conversation.ProcessServerFirstMessage(Rfc5802ServerFirst));
        conversation.ValidateServerFinalMessage(Rfc5802ServerFinal);
        Assert.True(conversation.IsComplete);
    }

    [Fact]
    public void Sha256_Rfc7677Example_ProducesTheRfcMessages()
    {
        var conversation = new ScramConversation(ScramAlgorithm.Sha256, "user", "pencil", Rfc7677Nonce);

        Assert.Equal("n,,n=user,r=" + Rfc7677Nonce, conversation.GetClientFirstMessage());
        Assert.Equal(Rfc7677ClientFinal, conversation.ProcessServerFirstMessage(Rfc7677ServerFirst));
        conversation.ValidateServerFinalMessage(Rfc7677ServerFinal);
        Assert.True(conversation.IsComplete);
    }

    [Fact]
    public void ValidateServerFinalMessage_WrongSignature_ThrowsAuthenticationError()
    {
        var conversation = Started(ScramAlgorithm.Sha256, Rfc7677Nonce, Rfc7677ServerFirst);

        var exception = Assert.Throws<MongoAuthenticationException>(() => conversation.ValidateServerFinalMessage("v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));

        Assert.Contains("server signature does not match", exception.Message, StringComparison.Ordinal);
        Assert.False(conversation.IsComplete);
    }

    [Fact]
    public void ValidateServerFinalMessage_ServerError_ThrowsWithTheServerReason()
    {
        var conversation = Started(ScramAlgorithm.Sha256, Rfc7677Nonce, Rfc7677ServerFirst);

        var exception = Assert.Throws<MongoAuthenticationException>(() => conversation.ValidateServerFinalMessage("e=invalid-proof"));

        Assert.Contains("invalid-proof", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("r=someoneElsesNonce123,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4095")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=-1")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,s=not*base64,i=4096")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,i=4096")]
    [InlineData("m=ext,r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")]
    [InlineData("garbage")]
    public void ProcessServerFirstMessage_UntrustworthyServerFirst_ThrowsAuthenticationError(string serverFirst)
    {
        var conversation = new ScramConversation(ScramAlgorithm.Sha256, "user", "pencil", Rfc7677Nonce);
        conversation.GetClientFirstMessage();

        Assert.Throws<MongoAuthenticationException>(() => conversation.ProcessServerFirstMessage(serverFirst));
    }

    [Fact]
    public void ProcessServerFirstMessage_BeforeClientFirst_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() =>
            new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Rfc5802Nonce).ProcessServerFirstMessage(Rfc5802ServerFirst));

    [Fact]
    public void ValidateServerFinalMessage_BeforeServerFirst_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() =>
            new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Rfc5802Nonce).ValidateServerFinalMessage(Rfc5802ServerFinal));

    [Theory]
    [InlineData("user", "user")]
    [InlineData("a,b=c", "a=2Cb=3Dc")]
    [InlineData("=,", "=3D=2C")]
    public void ClientFirstMessage_UserName_IsEscaped(string username, string escaped) =>
        Assert.Equal("n,,n=" + escaped + ",r=abc", new ScramConversation(ScramAlgorithm.Sha256, username, "pw", "abc").GetClientFirstMessage());

    [Fact]
    public void Constructor_NonceWithComma_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ScramConversation(ScramAlgorithm.Sha1, "user", "pw", "a,b"));

    [Fact]
    public void Cache_SamePasswordSaltAndIterations_ComputesTheSaltedPasswordOnce()
    {
        var cache = new ScramSaltedPasswordCache();
        var computations = 0;
        byte[] Compute()
        {
            computations++;
            return [1, 2, 3];
        }

        var first = cache.GetOrAdd(ScramAlgorithm.Sha256, "pencil", [9, 9], 4096, Compute);
        var second = cache.GetOrAdd(ScramAlgorithm.Sha256, "pencil", [9, 9], 4096, Compute);
        cache.GetOrAdd(ScramAlgorithm.Sha256, "pencil", [9, 9], 8192, Compute);
        cache.GetOrAdd(ScramAlgorithm.Sha1, "pencil", [9, 9], 4096, Compute);

        Assert.Same(first, second);
        Assert.Equal(3, computations);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void Cache_UsedByConversations_GivesTheSameProof()
    {
        var cache = new ScramSaltedPasswordCache();

        var first = Started(ScramAlgorithm.Sha256, Rfc7677Nonce, Rfc7677ServerFirst, cache, out var firstFinal);
        var second = Started(ScramAlgorithm.Sha256, Rfc7677Nonce, Rfc7677ServerFirst, cache, out var secondFinal);

        Assert.Equal(Rfc7677ClientFinal, firstFinal);
        Assert.Equal(firstFinal, secondFinal);
        Assert.Equal(1, cache.Count);
        first.ValidateServerFinalMessage(Rfc7677ServerFinal);
        second.ValidateServerFinalMessage(Rfc7677ServerFinal);
    }

    private static ScramConversation Started(ScramAlgorithm algorithm, string nonce, string serverFirst) =>
        Started(algorithm, nonce, serverFirst, null, out _);

    private static ScramConversation Started(ScramAlgorithm algorithm, string nonce, string serverFirst, ScramSaltedPasswordCache? cache, out string clientFinal)
    {
        var conversation = new ScramConversation(algorithm, "user", "pencil", nonce, cache);
        conversation.GetClientFirstMessage();
        clientFinal = conversation.ProcessServerFirstMessage(serverFirst);
        return conversation;
    }
}
