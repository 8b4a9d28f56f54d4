namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class ConversionOperatorTests
{
    [Theory]
    [InlineData("'double'", "{$type: 1.5}")]
    [InlineData("'int'", "{$type: 1}")]
    [InlineData("'long'", "{$type: NumberLong(1)}")]
    [InlineData("'decimal'", "{$type: NumberDecimal('1')}")]
    [InlineData("'string'", "{$type: 'a'}")]
    [InlineData("'object'", "{$type: {$literal: {}}}")]
    [InlineData("'array'", "{$type: [[1]]}")]
    [InlineData("'bool'", "{$type: true}")]
    [InlineData("'date'", "{$type: '$$NOW'}")]
    [InlineData("'null'", "{$type: null}")]
    [InlineData("'missing'", "{$type: '$missing'}")]
    [InlineData("'objectId'", "{$type: ObjectId('507f1f77bcf86cd799439011')}")]
    [InlineData("'regex'", "{$type: /a/}")]
    [InlineData("'timestamp'", "{$type: Timestamp(1, 1)}")]
    [InlineData("'minKey'", "{$type: MinKey}")]
    [InlineData("'maxKey'", "{$type: MaxKey}")]
    [InlineData("true", "{$isNumber: NumberDecimal('1')}")]
    [InlineData("false", "{$isNumber: '1'}")]
    [InlineData("false", "{$isNumber: '$missing'}")]
    public void TypeAndIsNumber_NameTheType(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("false", "{$toBool: false}")]
    [InlineData("true", "{$toBool: 1.99999}")]
    [InlineData("true", "{$toBool: NumberDecimal('5')}")]
    [InlineData("false", "{$toBool: NumberDecimal('0')}")]
    [InlineData("true", "{$toBool: 100}")]
    [InlineData("true", "{$toBool: ISODate('2018-03-26T04:38:28.044Z')}")]
    [InlineData("true", "{$toBool: 'false'}")]
    [InlineData("true", "{$toBool: ''}")]
    [InlineData("null", "{$toBool: null}")]
    [InlineData("true", "{$toBool: [[]]}")]
    public void ToBool_FollowsTheManualTable(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("5", "{$toInt: 5.5}")]
    [InlineData("-5", "{$toInt: -5.5}")]
    [InlineData("1", "{$toInt: true}")]
    [InlineData("5000", "{$toInt: NumberLong(5000)}")]
    [InlineData("-2", "{$toInt: NumberDecimal('-2.5')}")]
    [InlineData("-532", "{$toInt: '-532'}")]
    [InlineData("null", "{$toInt: null}")]
    [InlineData("NumberLong(5)", "{$toLong: 5}")]
    [InlineData("NumberLong(1522039108044)", "{$toLong: ISODate('2018-03-26T04:38:28.044Z')}")]
    [InlineData("NumberLong(-1234567890123)", "{$toLong: '-1234567890123'}")]
    [InlineData("1.0", "{$toDouble: true}")]
    [InlineData("-5.5", "{$toDouble: '-5.5'}")]
    [InlineData("1522039108044.0", "{$toDouble: ISODate('2018-03-26T04:38:28.044Z')}")]
    [InlineData("Infinity", "{$toDouble: 'Infinity'}")]
    [InlineData("NumberDecimal('2.5')", "{$toDecimal: 2.5}")]
    [InlineData("NumberDecimal('1')", "{$toDecimal: true}")]
    [InlineData("NumberDecimal('-5.5')", "{$toDecimal: '-5.5'}")]
    public void NumericConversions_FollowTheManual(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("'2.5'", "{$toString: 2.5}")]
    [InlineData("'1'", "{$toString: 1.0}")]
    [InlineData("'1e+20'", "{$toString: 1e20}")]
    [InlineData("'5'", "{$toString: NumberLong(5)}")]
    [InlineData("'2.50'", "{$toString: NumberDecimal('2.50')}")]
    [InlineData("'true'", "{$toString: true}")]
    [InlineData("'2018-03-27T16:58:51.538Z'", "{$toString: ISODate('2018-03-27T16:58:51.538Z')}")]
    [InlineData("'5ab9cbfa31c2ab715d42129e'", "{$toString: ObjectId('5ab9cbfa31c2ab715d42129e')}")]
    [InlineData("null", "{$toString: '$missing'}")]
    public void ToString_FormatsValues(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("ISODate('2018-03-03T00:00:00Z')", "{$toDate: '2018-03-03'}")]
    [InlineData("ISODate('2018-03-20T06:00:06Z')", "{$toDate: '2018-03-20T11:00:06+05:00'}")]
    [InlineData("ISODate('2018-03-26T04:38:28.044Z')", "{$toDate: NumberLong(1522039108044)}")]
    [InlineData("ISODate('2018-03-26T04:38:28.044Z')", "{$toDate: 1522039108044.5}")]
    [InlineData("ISODate('2018-03-27T04:08:58Z')", "{$toDate: ObjectId('5ab9c3da31c2ab715d421285')}")]
    [InlineData("ObjectId('5ab9cbfa31c2ab715d42129e')", "{$toObjectId: '5ab9cbfa31c2ab715d42129e'}")]
    public void DateAndObjectIdConversions_Work(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("{$toInt: 'abc'}")]
    [InlineData("{$toInt: '1.5'}")]
    [InlineData("{$toInt: 3000000000}")]
    [InlineData("{$toInt: NaN}")]
    [InlineData("{$toInt: ISODate('2018-03-26T04:38:28.044Z')}")]
    [InlineData("{$toDouble: 'abc'}")]
    [InlineData("{$toDouble: ' 1'}")]
    [InlineData("{$toDate: 5}")]
    [InlineData("{$toDate: 'not a date'}")]
    [InlineData("{$toObjectId: 'abc'}")]
    [InlineData("{$toObjectId: 'zzzzzzzzzzzzzzzzzzzzzzzz'}")]
    [InlineData("{$toString: [[1]]}")]
    [InlineData("{$toLong: {$literal: {}}}")]
    public void Conversions_Impossible_FailWithConversionFailure(string expression) => ExpressionAssert.Fails(241, expression);

    [Theory]
    [InlineData("5", "{$convert: {input: '5', to: 'int'}}")]
    [InlineData("5", "{$convert: {input: '5', to: 16}}")]
    [InlineData("-1", "{$convert: {input: 'abc', to: 'int', onError: -1}}")]
    [InlineData("'was null'", "{$convert: {input: null, to: 'int', onNull: 'was null'}}")]
    [InlineData("'was null'", "{$convert: {input: '$missing', to: 'int', onNull: 'was null'}}")]
    [InlineData("null", "{$convert: {input: '$missing', to: 'int'}}")]
    [InlineData("null", "{$convert: {input: 1, to: null}}")]
    [InlineData("{a: 1}", "{$convert: {input: {a: 1}, to: 'object'}}")]
    [InlineData("'err'", "{$convert: {input: {a: 1}, to: 'int', onError: 'err'}}")]
    public void Convert_HonoursOnErrorAndOnNull(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(2, "{$convert: {input: 1, to: 'foo'}}")]
    [InlineData(9, "{$convert: {input: 1}}")]
    [InlineData(9, "{$convert: {to: 'int'}}")]
    [InlineData(9, "{$convert: {input: 1, to: 'int', x: 1}}")]
    [InlineData(9, "{$convert: {input: 1, to: 99}}")]
    public void Convert_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Fact]
    public void Convert_Failure_MessageMentionsOnError()
    {
        var exception = ExpressionAssert.Fails(241, "{$toInt: 'abc'}");
        Assert.Contains("in $convert with no onError value", exception.Message, StringComparison.Ordinal);
        Assert.Equal("ConversionFailure", exception.CodeName);
    }
}
