using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("running", "run")]
    [InlineData("runs", "run")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("cats", "cat")]
    [InlineData("gas", "gas")]
    [InlineData("agreed", "agre")]
    [InlineData("hoping", "hope")]
    [InlineData("hopping", "hop")]
    [InlineData("generously", "generous")]
    [InlineData("generate", "generat")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("happiness", "happi")]
    [InlineData("happy", "happi")]
    [InlineData("cry", "cri")]
    [InlineData("by", "by")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("coffee", "coffe")]
    [InlineData("baking", "bake")]
    [InlineData("bake", "bake")]
    [InlineData("communication", "communic")]
    [InlineData("controllable", "control")]
    [InlineData("succeed", "succeed")]
    [InlineData("sensational", "sensat")]
    [InlineData("hopeful", "hope")]
    [InlineData("electricity", "electr")]
    [InlineData("yelling", "yell")]
    public void Stem_KnownWords(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));
}
