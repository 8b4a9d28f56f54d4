using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.WireProtocol;

namespace MongoPatterns.Driver.Tests.Core.WireProtocol;

/// <summary>Which commands are redacted (Command Logging and Monitoring, "Security").</summary>
public sealed class SensitiveCommandsTests
{
    [Theory]
    [InlineData("authenticate")]
    [InlineData("saslStart")]
    [InlineData("saslContinue")]
    [InlineData("getnonce")]
    [InlineData("createUser")]
    [InlineData("updateUser")]
    [InlineData("copydbgetnonce")]
    [InlineData("copydbsaslstart")]
    [InlineData("copydb")]
    public void IsSensitive_ListedCommand_IsTrue(string name) => Assert.True(SensitiveCommands.IsSensitive(name, new BsonDocument(name, 1)));

    [Theory]
    [InlineData("hello")]
    [InlineData("isMaster")]
    [InlineData("ismaster")]
    public void IsSensitive_HelloWithSpeculativeAuthentication_IsTrue(string name)
    {
        Assert.True(SensitiveCommands.IsSensitive(name, new BsonDocument { { name, 1 }, { "speculativeAuthenticate", new BsonDocument() } }));
        Assert.False(SensitiveCommands.IsSensitive(name, new BsonDocument(name, 1)));
    }

    [Theory]
    [InlineData("find")]
    [InlineData("insert")]
    [InlineData("IsMaster")]
    public void IsSensitive_OrdinaryCommand_IsFalse(string name) =>
        Assert.False(SensitiveCommands.IsSensitive(name, new BsonDocument { { name, 1 }, { "speculativeAuthenticate", new BsonDocument() } }));
}
