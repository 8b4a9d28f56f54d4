using MongoPatterns.Driver.Authentication;

namespace MongoPatterns.Driver.Tests.Authentication;

public sealed class SaslPrepTests
{
    [Theory]
    [InlineData("I\u00ADX", "IX")] // RFC 4013 section 3, example 1: SOFT HYPHEN mapped to nothing
    [InlineData("user", "user")] // example 2
    [InlineData("USER", "USER")] // example 3: case is preserved
    [InlineData("\u00AA", "a")] // example 4: NFKC
    [InlineData("\u2168", "IX")] // example 5: NFKC
    [InlineData("a\u00A0b", "a b")] // C.1.2 non-ASCII space mapped to SPACE
    [InlineData("a\u200Bb", "ab")] // ZERO WIDTH SPACE is in B.1, mapped to nothing
    [InlineData("\u0627\u0031\u0628", "\u0627\u0031\u0628")] // RandALCat at both ends, European digit between
    [InlineData("pass word", "pass word")]
    [InlineData("\U0001D400", "A")] // a supplementary-plane letter, NFKC to ASCII
    [InlineData("", "")]
    public void Prepare_ValidString_ReturnsPreparedString(string input, string expected) =>
        Assert.Equal(expected, SaslPrep.Prepare(input));

    [Theory]
    [InlineData("\u0007")] // RFC 4013 example 6: prohibited control character (C.2.1)
    [InlineData("\u0627\u0031")] // example 7: bidi, RandALCat string must end with RandALCat
    [InlineData("\u0627a\u0628")] // bidi: RandALCat mixed with LCat
    [InlineData("a\u0085b")] // C.2.2 non-ASCII control
    [InlineData("a\uE000b")] // C.3 private use
    [InlineData("a\uFFFEb")] // C.4 non-character
    [InlineData("a\uD800b")] // unpaired surrogate (C.5)
    [InlineData("a\u2FF0b")] // C.7 ideographic description
    [InlineData("a\u200Eb")] // C.8 left-to-right mark
    [InlineData("a\U000E0001b")] // C.9 tagging character
    public void Prepare_ProhibitedInput_Throws(string input) =>
        Assert.Throws<ArgumentException>(() => SaslPrep.Prepare(input));

    [Fact]
    public void Prepare_UnassignedCodePoint_RejectedUnlessAllowed()
    {
        const string Unassigned = "a\u0221b"; // U+0221 was unassigned in Unicode 3.2 (table A.1)

        Assert.Throws<ArgumentException>(() => SaslPrep.Prepare(Unassigned));
        Assert.Equal(Unassigned, SaslPrep.Prepare(Unassigned, allowUnassigned: true));
    }

    [Fact]
    public void Prepare_Failure_MessageDoesNotRepeatTheInput()
    {
        var exception = Assert.Throws<ArgumentException>(() => SaslPrep.Prepare("my-secret\u0007"));

        Assert.DoesNotContain("my-secret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_RangeTable_FindsBoundaries()
    {
        Assert.True(StringPrepTables.Contains(StringPrepTables.Prohibited, 0x0000));
        Assert.True(StringPrepTables.Contains(StringPrepTables.Prohibited, 0x10FFFF));
        Assert.False(StringPrepTables.Contains(StringPrepTables.Prohibited, 'a'));
        Assert.True(StringPrepTables.Contains(StringPrepTables.LCat, 'a'));
        Assert.True(StringPrepTables.Contains(StringPrepTables.RandALCat, 0x05D0));
    }
}
