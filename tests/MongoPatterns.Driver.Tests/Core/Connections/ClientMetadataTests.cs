using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Connections;

namespace MongoPatterns.Driver.Tests.Core.Connections;

/// <summary>The handshake's client metadata document.</summary>
public sealed class ClientMetadataTests
{
    [Fact]
    public void Create_HasTheRequiredFieldsAndFitsIn512Bytes()
    {
        var metadata = ClientMetadata.Create("my-app");

        Assert.Equal("my-app", metadata["application"]["name"].AsString);
        Assert.Equal("MongoPatterns.Driver", metadata["driver"]["name"].AsString);
        Assert.False(string.IsNullOrEmpty(metadata["driver"]["version"].AsString));
        Assert.False(string.IsNullOrEmpty(metadata["os"]["type"].AsString));
        Assert.True(metadata.ToBson().Length <= ClientMetadata.MaxSize);
    }

    [Fact]
    public void Create_WithoutApplicationName_OmitsApplication() => Assert.False(ClientMetadata.Create(null).Contains("application"));

    [Fact]
    public void Fit_TooLarge_DropsEnvThenOsDetailsThenTruncatesPlatform()
    {
        var metadata = new BsonDocument
        {
            { "driver", new BsonDocument { { "name", "d" }, { "version", "1" } } },
            { "os", new BsonDocument { { "type", "Linux" }, { "name", new string('n', 200) } } },
            { "platform", new string('p', 400) },
            { "env", new BsonDocument("container", new BsonDocument("runtime", "docker")) },
        };

        var fitted = ClientMetadata.Fit(metadata);

        Assert.False(fitted.Contains("env"));
        Assert.Equal(new BsonDocument("type", "Linux"), fitted["os"]);
        Assert.True(fitted.ToBson().Length <= ClientMetadata.MaxSize);
        Assert.StartsWith("ppp", fitted["platform"].AsString, StringComparison.Ordinal);
    }
}
