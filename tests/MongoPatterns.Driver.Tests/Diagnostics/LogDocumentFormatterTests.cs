using MongoPatterns.Bson;
using MongoPatterns.Driver.Diagnostics;

namespace MongoPatterns.Driver.Tests.Diagnostics;

/// <summary>Truncation of logged documents (Logging specification).</summary>
public sealed class LogDocumentFormatterTests
{
    [Fact]
    public void Format_ShortDocument_IsItsRelaxedJson() => Assert.Equal(new BsonDocument("a", 1).ToString(), LogDocumentFormatter.Format(new BsonDocument("a", 1), 1000));

    [Fact]
    public void Truncate_LongText_CutsAtTheLimitAndAddsEllipsis() => Assert.Equal("abc...", LogDocumentFormatter.Truncate("abcdef", 3));

    [Fact]
    public void Truncate_DoesNotSplitASurrogatePair() => Assert.Equal("a...", LogDocumentFormatter.Truncate("a\uD83D\uDE00b", 2));

    [Fact]
    public void Truncate_ZeroMeansNoLimit() => Assert.Equal("abcdef", LogDocumentFormatter.Truncate("abcdef", 0));

    [SkippableFact]
    public void MongoClientOptions_DefaultMaxLoggedDocumentLength_IsOneThousand()
    {
        Skip.If(Environment.GetEnvironmentVariable("MONGODB_LOG_MAX_DOCUMENT_LENGTH") is not null, "skipped: MONGODB_LOG_MAX_DOCUMENT_LENGTH is set");
        Assert.Equal(1000, new MongoClientOptions().MaxLoggedDocumentLength);
    }
}
