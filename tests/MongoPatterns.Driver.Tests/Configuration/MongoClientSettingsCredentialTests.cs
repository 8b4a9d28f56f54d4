using MongoPatterns.Driver;

namespace MongoPatterns.Driver.Tests.Configuration;

/// <summary>The per-mechanism credential rules of the Driver Authentication specification, applied while parsing.</summary>
public sealed class MongoClientSettingsCredentialTests
{
    [Theory]
    [InlineData("mongodb://user:pw@localhost", null, "admin")]
    [InlineData("mongodb://user:pw@localhost/foo", null, "foo")]
    [InlineData("mongodb://user:pw@localhost/foo?authSource=bar", null, "bar")]
    [InlineData("mongodb://user:pw@localhost/?authMechanism=SCRAM-SHA-256", "SCRAM-SHA-256", "admin")]
    [InlineData("mongodb://user:pw@localhost/foo?authMechanism=scram-sha-1", "SCRAM-SHA-1", "foo")]
    [InlineData("mongodb://user:pw@localhost/?authMechanism=PLAIN", "PLAIN", "$external")]
    [InlineData("mongodb://user:pw@localhost/foo?authMechanism=PLAIN", "PLAIN", "foo")]
    [InlineData("mongodb://user%40DOMAIN.COM@localhost/foo?authMechanism=GSSAPI", "GSSAPI", "$external")]
    [InlineData("mongodb://localhost/foo?authMechanism=MONGODB-X509", "MONGODB-X509", "$external")]
    [InlineData("mongodb://localhost/?authMechanism=MONGODB-AWS", "MONGODB-AWS", "$external")]
    [InlineData("mongodb://localhost/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:test", "MONGODB-OIDC", "$external")]
    [InlineData("mongodb://user:pw@localhost/?authMechanism=DEFAULT", null, "admin")]
    public void Parse_Credential_UsesMechanismAndDefaultSource(string connectionString, string? mechanism, string source)
    {
        var credential = MongoClientSettings.Parse(connectionString).Credential;

        Assert.NotNull(credential);
        Assert.Equal(mechanism, credential.Mechanism);
        Assert.Equal(source, credential.Source);
    }

    [Fact]
    public void Parse_Gssapi_DefaultsServiceName() =>
        Assert.Equal("mongodb", MongoClientSettings.Parse("mongodb://user%40DOMAIN.COM@localhost/?authMechanism=GSSAPI").Credential!.MechanismProperties["SERVICE_NAME"]);

    [Fact]
    public void Parse_MechanismPropertyNames_AreCaseInsensitive()
    {
        var credential = MongoClientSettings.Parse("mongodb://u:p@localhost/?authMechanism=MONGODB-AWS&authMechanismProperties=aws_session_token:tok").Credential!;

        Assert.Equal("tok", credential.MechanismProperties["AWS_SESSION_TOKEN"]);
        Assert.Equal("AWS_SESSION_TOKEN", Assert.Single(credential.MechanismProperties.Keys));
    }

    [Theory]
    [InlineData("mongodb://localhost/")]
    [InlineData("mongodb://localhost/foo")]
    [InlineData("mongodb://localhost/?authSource=foo")]
    public void Parse_NoUserInfoOrMechanism_CreatesNoCredential(string connectionString) =>
        Assert.Null(MongoClientSettings.Parse(connectionString).Credential);

    [Theory]
    [InlineData("mongodb://@localhost.com/")]
    [InlineData("mongodb://:@localhost.com/")]
    [InlineData("mongodb://localhost/?authMechanism=SCRAM-SHA-256")]
    [InlineData("mongodb://user@localhost/?authMechanism=SCRAM-SHA-256")]
    [InlineData("mongodb://localhost/?authMechanism=PLAIN")]
    [InlineData("mongodb://user:pw@localhost/?authMechanism=MONGODB-CR")]
    [InlineData("mongodb://user:pw@localhost/?authMechanism=SCRAM-SHA-1&authMechanismProperties=SERVICE_NAME:x")]
    [InlineData("mongodb://localhost/?authMechanism=GSSAPI")]
    [InlineData("mongodb://user@localhost/?authMechanism=GSSAPI&authSource=foo")]
    [InlineData("mongodb://user@localhost/?authMechanism=GSSAPI&authMechanismProperties=CANONICALIZE_HOST_NAME:invalid")]
    [InlineData("mongodb://user:password@localhost/?authMechanism=MONGODB-X509")]
    [InlineData("mongodb://CN%3Dx@localhost/foo?authMechanism=MONGODB-X509&authSource=bar")]
    [InlineData("mongodb://user@localhost/?authMechanism=MONGODB-AWS")]
    [InlineData("mongodb://localhost/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:t")]
    [InlineData("mongodb://user:pass@localhost/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:test")]
    [InlineData("mongodb://principal@localhost/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:test")]
    [InlineData("mongodb://localhost/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:invalid")]
    [InlineData("mongodb://localhost/?authMechanism=MONGODB-OIDC&authMechanismProperties=UnsupportedProperty:unexisted")]
    [InlineData("mongodb://localhost/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure")]
    [InlineData("mongodb://localhost/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:test,TOKEN_RESOURCE:x")]
    public void Parse_CredentialBreakingMechanismRules_ThrowsMongoConfigurationException(string connectionString) =>
        Assert.Throws<MongoConfigurationException>(() => MongoClientSettings.Parse(connectionString));

    [Fact]
    public void Parse_OidcAzureWithClientId_IsValid()
    {
        var credential = MongoClientSettings.Parse(
            "mongodb://client-id@localhost/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure,TOKEN_RESOURCE:api%3A%2F%2Ftest").Credential!;

        Assert.Equal("client-id", credential.Username);
        Assert.Equal("api://test", credential.MechanismProperties["TOKEN_RESOURCE"]);
    }

    [Fact]
    public void Parse_AuthMechanismPropertiesWithoutCredential_IsIgnoredWithWarning()
    {
        var settings = MongoClientSettings.Parse("mongodb://localhost/?authMechanismProperties=SERVICE_NAME:x");

        Assert.Null(settings.Credential);
        Assert.Single(settings.Warnings);
    }

    [Fact]
    public void ToString_Credential_RedactsPasswordAndSessionToken()
    {
        var credential = new MongoCredential
        {
            Username = "AKIA",
            Password = "secret-key",
            Mechanism = AuthenticationMechanismNames.MongoDBAws,
            MechanismProperties = new Dictionary<string, string> { ["AWS_SESSION_TOKEN"] = "session-token" },
        };

        var text = credential.ToString();

        Assert.Contains("AKIA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("session-token", text, StringComparison.Ordinal);
        Assert.Contains("*****", text, StringComparison.Ordinal);
    }
}
