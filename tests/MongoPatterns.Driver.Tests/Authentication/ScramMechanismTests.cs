using MongoPatterns.Driver.Authentication;

namespace MongoPatterns.Driver.Tests.Authentication;

/// <summary>MongoDB's SCRAM wrapper: the SHA-1 password digest, SASLprep for SHA-256, nonces.</summary>
public sealed class ScramMechanismTests
{
    [Fact]
    public void PasswordDigest_IsHexMd5OfUserMongoPassword() =>
        Assert.Equal("1c33006ec1ffd90f9cadcbcc0e118200", ScramMechanism.PasswordDigest("user", "pencil"));

    [Fact]
    public void StartSha1_AuthSpecExample_ProducesTheSpecMessages()
    {
        // The SCRAM-SHA-1 conversation of the MongoDB Driver Authentication specification (user "user", password "pencil").
        var conversation = ScramMechanism.StartSha1("user", "pencil", "fyko+d2lbbFgONRv9qkxdawL", new ScramSaltedPasswordCache());

        Assert.Equal("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL", conversation.GetClientFirstMessage());
        Assert.Equal(
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawLHo+Vgk7qvUOKUwuWLIWg4l/9SraGMHEE,p=MC2T8BvbmWRckDw8oWl5IVghwCY=",
            conversation.ProcessServerFirstMessage("r=fyko+d2lbbFgONRv9qkxdawLHo+Vgk7qvUOKUwuWLIWg4l/9SraGMHEE,s=rQ9ZY3MntBeuP3E1TDVC4w==,i=10000"));
        conversation.ValidateServerFinalMessage("v=UMWeI25JD1yNYZRMpZ4VHvhZ9e0=");
        Assert.True(conversation.IsComplete);
    }

    [Fact]
    public void StartSha256_AuthSpecExample_ProducesTheSpecMessages()
    {
        var conversation = ScramMechanism.StartSha256("user", "pencil", "rOprNGfwEbeRWgbNEkqO", new ScramSaltedPasswordCache());

        conversation.GetClientFirstMessage();
        Assert.Equal(
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
            conversation.ProcessServerFirstMessage("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"));
        conversation.ValidateServerFinalMessage("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }

    [Fact]
    public void StartSha256_PasswordNeedingSaslPrep_UsesThePreparedPassword()
    {
        const string ServerFirst = "r=nonce123server,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        var prepared = ScramMechanism.StartSha256("user", "IX", "nonce123", new ScramSaltedPasswordCache());
        var raw = ScramMechanism.StartSha256("user", "\u2168", "nonce123", new ScramSaltedPasswordCache());
        prepared.GetClientFirstMessage();
        raw.GetClientFirstMessage();

        Assert.Equal(prepared.ProcessServerFirstMessage(ServerFirst), raw.ProcessServerFirstMessage(ServerFirst));
    }

    [Fact]
    public void StartSha256_ProhibitedPassword_ThrowsAuthenticationErrorWithoutThePassword()
    {
        var exception = Assert.Throws<MongoAuthenticationException>(() => ScramMechanism.StartSha256("user", "hunter2\u0007"));

        Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartSha1_UserName_IsNotSaslPrepped() =>
        Assert.Equal("n,,n=I\u00ADX,r=abc", ScramMechanism.StartSha1("I\u00ADX", "pw", "abc").GetClientFirstMessage());

    [Fact]
    public void CreateNonce_IsRandomBase64WithoutCommas()
    {
        var first = ScramMechanism.CreateNonce();
        var second = ScramMechanism.CreateNonce();

        Assert.NotEqual(first, second);
        Assert.Equal(24, Convert.FromBase64String(first).Length);
        Assert.DoesNotContain(',', first);
    }
}
