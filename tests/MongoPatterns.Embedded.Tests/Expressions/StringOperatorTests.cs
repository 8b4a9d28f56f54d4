namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class StringOperatorTests
{
    [Theory]
    [InlineData("'abc - def'", "{$concat: ['abc', ' - ', 'def']}")]
    [InlineData("''", "{$concat: []}")]
    [InlineData("null", "{$concat: ['a', null]}")]
    [InlineData("null", "{$concat: ['a', '$missing']}")]
    public void Concat_JoinsStrings(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void Concat_NonString_Fails()
    {
        var exception = ExpressionAssert.Fails(16702, "{$concat: ['a', 1]}");
        Assert.Equal("$concat only supports strings, not int", exception.Message);
    }

    [Theory]
    [InlineData("'ABC'", "{$substr: ['ABC1', 0, 3]}")]
    [InlineData("'C1'", "{$substrBytes: ['ABC1', 2, -1]}")]
    [InlineData("''", "{$substrBytes: ['ABC', 10, 2]}")]
    [InlineData("''", "{$substrBytes: [null, 0, 2]}")]
    [InlineData("'12'", "{$substrBytes: [12345, 0, 2]}")]
    [InlineData("'é'", "{$substrBytes: ['éa', 0, 2]}")]
    [InlineData("'15'", "{$substrBytes: ['2015', 2, 2.9]}")]
    public void SubstrBytes_WorksOnUtf8Bytes(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(28656, "{$substrBytes: ['éa', 1, 1]}")]
    [InlineData(28657, "{$substrBytes: ['éa', 0, 1]}")]
    [InlineData(16034, "{$substrBytes: ['abc', 'x', 1]}")]
    [InlineData(16035, "{$substrBytes: ['abc', 0, 'x']}")]
    [InlineData(50752, "{$substrBytes: ['abc', -1, 1]}")]
    [InlineData(16020, "{$substrBytes: ['abc', 0]}")]
    public void SubstrBytes_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("'éa'", "{$substrCP: ['éab', 0, 2]}")]
    [InlineData("'寿司'", "{$substrCP: ['寿司sushi', 0, 2]}")]
    [InlineData("'sushi'", "{$substrCP: ['寿司sushi', 2, 100]}")]
    [InlineData("''", "{$substrCP: ['abc', 5, 1]}")]
    [InlineData("'😀'", "{$substrCP: ['a😀b', 1, 1]}")]
    public void SubstrCP_WorksOnCodePoints(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(34455, "{$substrCP: ['abc', -1, 1]}")]
    [InlineData(34454, "{$substrCP: ['abc', 0, -1]}")]
    [InlineData(34450, "{$substrCP: ['abc', 'x', 1]}")]
    [InlineData(34451, "{$substrCP: ['abc', 0.5, 1]}")]
    public void SubstrCP_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("'abc1'", "{$toLower: 'ABC1'}")]
    [InlineData("'ÉA'", "{$toUpper: 'Éa'}")]
    [InlineData("''", "{$toLower: null}")]
    [InlineData("'5'", "{$toUpper: 5}")]
    [InlineData("'2024-01-01t00:00:00.000z'", "{$toLower: ISODate('2024-01-01T00:00:00Z')}")]
    public void ToLowerAndToUpper_ChangeAsciiCase(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("'ggggoooo'", "{$trim: {input: '  ggggoooo  '}}")]
    [InlineData("'ggggoooo  '", "{$ltrim: {input: '  ggggoooo  '}}")]
    [InlineData("'  ggggoooo'", "{$rtrim: {input: '  ggggoooo  '}}")]
    [InlineData("'ggggoooo'", "{$trim: {input: '\\n\\t ggggoooo \\u00a0'}}")]
    [InlineData("'ggggoooo'", "{$trim: {input: 'xxggggooooyy', chars: 'xy'}}")]
    [InlineData("''", "{$trim: {input: 'ggggoooo', chars: 'go'}}")]
    [InlineData("null", "{$trim: {input: null}}")]
    [InlineData("null", "{$trim: {input: 'a', chars: null}}")]
    public void Trim_RemovesWhitespaceOrChars(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(50699, "{$trim: {input: 5}}")]
    [InlineData(50700, "{$trim: {input: 'a', chars: 5}}")]
    [InlineData(50695, "{$trim: {chars: 'a'}}")]
    [InlineData(50694, "{$trim: {input: 'a', other: 1}}")]
    [InlineData(50696, "{$trim: 'a'}")]
    public void Trim_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("['June', '15', '2013']", "{$split: ['June-15-2013', '-']}")]
    [InlineData("['a', 'b', '']", "{$split: ['a,b,', ',']}")]
    [InlineData("['abc']", "{$split: ['abc', 'x']}")]
    [InlineData("null", "{$split: [null, '-']}")]
    [InlineData("null", "{$split: ['a', '$missing']}")]
    public void Split_SplitsOnSeparator(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(40085, "{$split: [1, '-']}")]
    [InlineData(40086, "{$split: ['a', 1]}")]
    [InlineData(40087, "{$split: ['a', '']}")]
    public void Split_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("3", "{$strLenBytes: 'abc'}")]
    [InlineData("2", "{$strLenBytes: 'é'}")]
    [InlineData("6", "{$strLenBytes: '寿司'}")]
    [InlineData("2", "{$strLenCP: '寿司'}")]
    [InlineData("3", "{$strLenCP: 'a😀b'}")]
    [InlineData("0", "{$strLenCP: ''}")]
    public void StrLen_CountsBytesOrCodePoints(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(34473, "{$strLenBytes: null}")]
    [InlineData(34471, "{$strLenCP: 5}")]
    public void StrLen_NonString_Fails(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("2", "{$indexOfBytes: ['cafeteria', 'f']}")]
    [InlineData("-1", "{$indexOfBytes: ['cafeteria', 'x']}")]
    [InlineData("3", "{$indexOfBytes: ['éclair', 'l']}")]
    [InlineData("2", "{$indexOfCP: ['éclair', 'l']}")]
    [InlineData("7", "{$indexOfBytes: ['foo.bar.fi', '.', 4]}")]
    [InlineData("-1", "{$indexOfBytes: ['vanilla', 'll', 0, 2]}")]
    [InlineData("-1", "{$indexOfBytes: ['vanilla', 'll', 12]}")]
    [InlineData("0", "{$indexOfCP: ['abc', '']}")]
    [InlineData("null", "{$indexOfCP: [null, 'a']}")]
    public void IndexOf_FindsSubstringPositions(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(40091, "{$indexOfBytes: [1, 'a']}")]
    [InlineData(40092, "{$indexOfBytes: ['a', 1]}")]
    [InlineData(40093, "{$indexOfCP: [1, 'a']}")]
    [InlineData(40094, "{$indexOfCP: ['a', null]}")]
    [InlineData(40096, "{$indexOfCP: ['a', 'a', 1.5]}")]
    [InlineData(40097, "{$indexOfCP: ['a', 'a', -1]}")]
    public void IndexOf_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("0", "{$strcasecmp: ['ABC', 'abc']}")]
    [InlineData("-1", "{$strcasecmp: ['abc', 'abd']}")]
    [InlineData("1", "{$strcasecmp: ['b', 'A']}")]
    [InlineData("1", "{$strcasecmp: ['a', null]}")]
    public void Strcasecmp_ComparesCaseInsensitively(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("'blue paint with red'", "{$replaceOne: {input: 'red paint with red', find: 'red', replacement: 'blue'}}")]
    [InlineData("'blue paint with blue'", "{$replaceAll: {input: 'red paint with red', find: 'red', replacement: 'blue'}}")]
    [InlineData("'abc'", "{$replaceOne: {input: 'abc', find: 'x', replacement: 'y'}}")]
    [InlineData("'xabc'", "{$replaceOne: {input: 'abc', find: '', replacement: 'x'}}")]
    [InlineData("'xaxbx'", "{$replaceAll: {input: 'ab', find: '', replacement: 'x'}}")]
    [InlineData("null", "{$replaceAll: {input: null, find: 'a', replacement: 'b'}}")]
    [InlineData("null", "{$replaceAll: {input: 'a', find: '$missing', replacement: 'b'}}")]
    public void Replace_ReplacesOccurrences(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(51746, "{$replaceOne: {input: 1, find: 'a', replacement: 'b'}}")]
    [InlineData(51749, "{$replaceOne: {find: 'a', replacement: 'b'}}")]
    [InlineData(51748, "{$replaceOne: {input: 'a', replacement: 'b'}}")]
    [InlineData(51747, "{$replaceOne: {input: 'a', find: 'b'}}")]
    [InlineData(51750, "{$replaceOne: {input: 'a', find: 'b', replacement: 'c', x: 1}}")]
    public void Replace_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);
}
