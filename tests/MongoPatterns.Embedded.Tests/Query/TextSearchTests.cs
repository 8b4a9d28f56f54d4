using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class TextSearchTests
{
    private static readonly QueryContext Context = new()
    {
        TextIndex = TextIndexDefinition.FromIndex(Shell.Doc("{subject: 'text', body: 'text'}"), Shell.Doc("{weights: {subject: 10}}")),
    };

    private static bool Matches(string search, string document) =>
        QueryFilter.Parse(Shell.Doc($"{{$text: {search}}}"), Context).Matches(Shell.Doc(document));

    [Theory]
    [InlineData("{$search: 'coffee'}", "{subject: 'coffee'}", true)]
    [InlineData("{$search: 'coffee'}", "{subject: 'Coffee shop'}", true)]
    [InlineData("{$search: 'coffee'}", "{subject: 'tea'}", false)]
    [InlineData("{$search: 'coffee'}", "{other: 'coffee'}", false)]
    [InlineData("{$search: 'coffee'}", "{body: ['tea', 'coffee']}", true)]
    [InlineData("{$search: 'bake coffee cake'}", "{subject: 'baking'}", true)]
    [InlineData("{$search: 'running'}", "{body: 'he runs'}", true)]
    [InlineData("{$search: 'the'}", "{body: 'the end'}", false)]
    [InlineData("{$search: 'coffee -shop'}", "{subject: 'coffee shop'}", false)]
    [InlineData("{$search: 'coffee -shop'}", "{subject: 'coffee bar'}", true)]
    [InlineData("{$search: '-shop'}", "{subject: 'coffee bar'}", false)]
    [InlineData("{$search: '\"coffee shop\"'}", "{subject: 'Coffee Shop Owners'}", true)]
    [InlineData("{$search: '\"coffee shop\"'}", "{subject: 'shop for coffee'}", false)]
    [InlineData("{$search: 'coffee -\"coffee shop\"'}", "{subject: 'coffee shop'}", false)]
    [InlineData("{$search: 'coffee-shop'}", "{subject: 'a shop'}", true)]
    [InlineData("{$search: 'Coffee', $caseSensitive: true}", "{subject: 'coffee'}", false)]
    [InlineData("{$search: 'Coffee', $caseSensitive: true}", "{subject: 'Coffee'}", true)]
    [InlineData("{$search: 'cafe'}", "{subject: 'Café'}", true)]
    [InlineData("{$search: 'cafe', $diacriticSensitive: true}", "{subject: 'Café'}", false)]
    [InlineData("{$search: 'running', $language: 'none'}", "{body: 'runs'}", false)]
    [InlineData("{$search: 'running', $language: 'none'}", "{body: 'running', language: 'none'}", true)]
    [InlineData("{$search: 'the', $language: 'none'}", "{body: 'the end', language: 'none'}", true)]
    public void Matches_TextSearch(string search, string document, bool expected) =>
        Assert.Equal(expected, Matches(search, document));

    [Fact]
    public void Score_HigherForWeightedFieldAndRepeatedTerms()
    {
        static double Score(string document, string search = "coffee")
        {
            var filter = QueryFilter.Parse(Shell.Doc($"{{$text: {{$search: '{search}'}}}}"), Context);
            var details = new MatchDetails();
            Assert.True(filter.Matches(Shell.Doc(document), details));
            return details.TextScore!.Value;
        }

        var inSubject = Score("{subject: 'coffee and tea'}");
        var inBody = Score("{body: 'coffee and tea'}");
        var repeated = Score("{body: 'coffee coffee tea'}");
        Assert.True(inSubject > inBody);
        Assert.True(repeated > inBody);
        Assert.Equal(1.0, Score("{body: 'coffee'}"), 6);
        Assert.Equal(1.1, Score("{body: 'tea'}", "tea"), 6);
    }

    [Fact]
    public void Score_LanguageOverrideField_ChangesAnalysis()
    {
        var filter = QueryFilter.Parse(Shell.Doc("{$text: {$search: 'runs'}}"), Context);
        Assert.True(filter.Matches(Shell.Doc("{body: 'running'}")));
        Assert.False(filter.Matches(Shell.Doc("{body: 'running', language: 'none'}")));
    }

    [Fact]
    public void WildcardIndex_SearchesEveryStringField()
    {
        var context = new QueryContext { TextIndex = TextIndexDefinition.FromIndex(Shell.Doc("{'$**': 'text'}"), null) };
        var filter = QueryFilter.Parse(Shell.Doc("{$text: {$search: 'deep'}}"), context);
        Assert.True(filter.Matches(Shell.Doc("{a: {b: ['x', 'deep water']}}")));
        Assert.False(filter.Matches(Shell.Doc("{a: 1}")));
    }

    [Fact]
    public void Text_IsExposedOnTheFilter()
    {
        var filter = QueryFilter.Parse(Shell.Doc("{$text: {$search: 'Coffee \"hot drink\" -tea'}}"), Context);
        Assert.NotNull(filter.Text);
        Assert.Contains("coffe", filter.Text!.Terms);
        Assert.Contains("hot", filter.Text.Terms);
        Assert.Contains("tea", filter.Text.NegatedTerms);
        Assert.Equal(["hot drink"], filter.Text.Phrases);
    }

    [Fact]
    public void Text_UnderOr_StillRecordsScore()
    {
        var filter = QueryFilter.Parse(Shell.Doc("{$or: [{$text: {$search: 'coffee'}}, {x: 1}]}"), Context);
        var details = new MatchDetails();
        Assert.True(filter.Matches(Shell.Doc("{subject: 'coffee', x: 2}"), details));
        Assert.True(details.TextScore > 0);
    }

    [Theory]
    [InlineData("1", 2)]
    [InlineData("{}", 2)]
    [InlineData("{$search: 1}", 2)]
    [InlineData("{$search: 'x', $language: 'klingon'}", 17262)]
    [InlineData("{$search: 'x', $caseSensitive: 1}", 2)]
    [InlineData("{$search: 'x', $diacriticSensitive: 'yes'}", 2)]
    [InlineData("{$search: 'x', extra: 1}", 2)]
    public void Parse_InvalidText_ThrowsMongoError(string argument, int code) =>
        Assert.Equal(code, TestSupport.Throws(() => QueryFilter.Parse(Shell.Doc($"{{$text: {argument}}}"), Context)).Code);

    [Fact]
    public void FromIndex_StoredForm_UsesWeights()
    {
        var definition = TextIndexDefinition.FromIndex(
            Shell.Doc("{_fts: 'text', _ftsx: 1}"),
            Shell.Doc("{weights: {title: 3, body: 1}, default_language: 'none', language_override: 'lang'}"));
        Assert.Equal(3, definition.Weights["title"]);
        Assert.Equal("none", definition.DefaultLanguage);
        Assert.Equal("lang", definition.LanguageOverride);
        Assert.False(definition.IndexesAllFields);
    }
}
