namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class RegexOperatorTests
{
    [Theory]
    [InlineData("true", "{$regexMatch: {input: 'Cafe', regex: /cafe/i}}")]
    [InlineData("true", "{$regexMatch: {input: 'Cafe', regex: 'cafe', options: 'i'}}")]
    [InlineData("false", "{$regexMatch: {input: 'Cafe', regex: 'cafe'}}")]
    [InlineData("false", "{$regexMatch: {input: null, regex: 'a'}}")]
    [InlineData("false", "{$regexMatch: {input: '$missing', regex: 'a'}}")]
    [InlineData("true", "{$regexMatch: {input: 'a\\nb', regex: '^b', options: 'm'}}")]
    [InlineData("true", "{$regexMatch: {input: 'a\\nb', regex: 'a.b', options: 's'}}")]
    [InlineData("true", "{$regexMatch: {input: 'ab', regex: 'a # comment\\n b', options: 'x'}}")]
    public void RegexMatch_ReportsWhetherThePatternMatches(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("{match: 'café', idx: 0, captures: []}", "{$regexFind: {input: 'café au lait', regex: /café/}}")]
    [InlineData("{match: 'lait', idx: 8, captures: ['ai']}", "{$regexFind: {input: 'café au lait', regex: /l(ai)t/}}")]
    [InlineData("{match: 'ab', idx: 0, captures: ['a', null]}", "{$regexFind: {input: 'ab', regex: /(a)(x)?b/}}")]
    [InlineData("null", "{$regexFind: {input: 'abc', regex: /x/}}")]
    [InlineData("null", "{$regexFind: {input: null, regex: /x/}}")]
    public void RegexFind_ReturnsFirstMatchWithCodePointIndex(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(
        "[{match: 'a1', idx: 0, captures: ['1']}, {match: 'a2', idx: 3, captures: ['2']}]",
        "{$regexFindAll: {input: 'a1 a2 b3', regex: /a(\\d)/}}")]
    [InlineData("[]", "{$regexFindAll: {input: 'xyz', regex: /a/}}")]
    [InlineData("[]", "{$regexFindAll: {input: '$missing', regex: /a/}}")]
    public void RegexFindAll_ReturnsEveryMatch(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(51104, "{$regexMatch: {input: 5, regex: 'a'}}")]
    [InlineData(51105, "{$regexMatch: {input: 'a', regex: 5}}")]
    [InlineData(51106, "{$regexMatch: {input: 'a', regex: 'a', options: 5}}")]
    [InlineData(51107, "{$regexMatch: {input: 'a', regex: /a/i, options: 'm'}}")]
    [InlineData(51108, "{$regexMatch: {input: 'a', regex: 'a', options: 'z'}}")]
    [InlineData(51111, "{$regexMatch: {input: 'a', regex: '('}}")]
    [InlineData(31022, "{$regexMatch: {regex: 'a'}}")]
    [InlineData(31023, "{$regexMatch: {input: 'a'}}")]
    [InlineData(31024, "{$regexMatch: {input: 'a', regex: 'a', flags: 'i'}}")]
    [InlineData(51103, "{$regexMatch: 'a'}")]
    public void Regex_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);
}
