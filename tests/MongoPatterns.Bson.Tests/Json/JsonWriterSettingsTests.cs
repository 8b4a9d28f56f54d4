using MongoPatterns.Bson.Json;

namespace MongoPatterns.Bson.Tests.Json;

public sealed class JsonWriterSettingsTests
{
    [Fact]
    public void Default_IsRelaxedOnOneLine()
    {
        Assert.Equal(JsonOutputMode.RelaxedExtendedJson, JsonWriterSettings.Default.OutputMode);
        Assert.False(JsonWriterSettings.Default.Indent);
        Assert.Equal("  ", JsonWriterSettings.Default.IndentChars);
        Assert.Same(JsonWriterSettings.Default, JsonWriterSettings.Relaxed);
    }

    [Fact]
    public void Canonical_IsCanonicalOnOneLine()
    {
        Assert.Equal(JsonOutputMode.CanonicalExtendedJson, JsonWriterSettings.Canonical.OutputMode);
        Assert.False(JsonWriterSettings.Canonical.Indent);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    [InlineData("\r\n")]
    public void IndentChars_AcceptsJsonWhitespace(string indent)
    {
        Assert.Equal(indent, new JsonWriterSettings { IndentChars = indent }.IndentChars);
    }

    [Theory]
    [InlineData("--")]
    [InlineData("\u00a0")]
    public void IndentChars_RejectsAnythingElse(string indent)
    {
        Assert.Throws<ArgumentException>(() => new JsonWriterSettings { IndentChars = indent });
        Assert.Throws<ArgumentNullException>(() => new JsonWriterSettings { IndentChars = null! });
    }
}
