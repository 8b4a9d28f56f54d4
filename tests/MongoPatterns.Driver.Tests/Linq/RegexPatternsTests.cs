using System.Text.RegularExpressions;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class RegexPatternsTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a.b", "a\\.b")]
    [InlineData("1+1=2?", "1\\+1=2\\?")]
    [InlineData("C:\\dir", "C:\\\\dir")]
    public void Escape_Text_EscapesMetacharacters(string text, string expected) => Assert.Equal(expected, RegexPatterns.Escape(text));

    [Fact]
    public void Escape_EveryAsciiCharacter_MatchesItselfOnly()
    {
        for (var code = 0; code < 128; code++)
        {
            var text = "x" + (char)code + "y";
            var regex = new Regex("^" + RegexPatterns.Escape(text) + "\\z");

            Assert.Matches(regex, text);
            Assert.DoesNotMatch(regex, "x" + (char)((code + 1) % 128) + "y");
        }
    }

    [Fact]
    public void EndsWith_IsAnchoredAtTheVeryEnd()
    {
        var regex = new Regex(RegexPatterns.EndsWith("son", ignoreCase: false).Pattern);

        Assert.Matches(regex, "Jackson");
        Assert.DoesNotMatch(regex, "Jackson\n");
    }

    [Fact]
    public void IgnoreCase_SetsTheIOption()
    {
        Assert.Equal("i", RegexPatterns.Contains("a", ignoreCase: true).Options);
        Assert.Equal("", RegexPatterns.Contains("a", ignoreCase: false).Options);
    }
}
