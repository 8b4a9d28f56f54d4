namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class FieldPathExpressionTests
{
    [Theory]
    [InlineData("1", "'$a'", "{a: 1}")]
    [InlineData("MISSING", "'$b'", "{a: 1}")]
    [InlineData("null", "'$a'", "{a: null}")]
    [InlineData("2", "'$a.b'", "{a: {b: 2}}")]
    [InlineData("MISSING", "'$a.b'", "{a: 5}")]
    [InlineData("[1, 3]", "'$a.b'", "{a: [{b: 1}, {c: 2}, {b: 3}]}")]
    [InlineData("[]", "'$a.b'", "{a: [1, 2]}")]
    [InlineData("[[1], [2, 3]]", "'$a.b.c'", "{a: [{b: [{c: 1}]}, {b: [{c: 2}, {c: 3}]}]}")]
    [InlineData("[[1, 2]]", "'$a.b'", "{a: [[{b: 1}, {b: 2}]]}")]
    [InlineData("[[1, 2], 3]", "'$a.b'", "{a: [{b: [1, 2]}, {b: 3}]}")]
    [InlineData("[]", "'$a.0'", "{a: [10, 20]}")]
    [InlineData("[5]", "'$a.0'", "{a: [{'0': 5}]}")]
    public void Evaluate_FieldPath_UsesAggregationArraySemantics(string expected, string expression, string document) =>
        ExpressionAssert.Equal(expected, expression, document);

    [Theory]
    [InlineData("{a: 1, b: {c: 2}}", "'$$ROOT'", "{a: 1, b: {c: 2}}")]
    [InlineData("2", "'$$ROOT.b.c'", "{a: 1, b: {c: 2}}")]
    [InlineData("2", "'$$CURRENT.b.c'", "{a: 1, b: {c: 2}}")]
    [InlineData("ISODate('2024-03-15T10:30:00Z')", "'$$NOW'", "{}")]
    [InlineData("MISSING", "'$$REMOVE'", "{}")]
    public void Evaluate_SystemVariables_ResolveToContextValues(string expected, string expression, string document) =>
        ExpressionAssert.Equal(expected, expression, document);

    [Fact]
    public void Evaluate_UserVariable_ResolvesValueAndPath()
    {
        ExpressionAssert.Equal("{x: 5}", "'$$target'", "{}", "{target: {x: 5}}");
        ExpressionAssert.Equal("5", "'$$target.x'", "{}", "{target: {x: 5}}");
    }

    [Theory]
    [InlineData(16872, "'$'")]
    [InlineData(9, "'$$'")]
    [InlineData(9, "'$$$a'")]
    [InlineData(9, "'$$1a'")]
    [InlineData(17276, "'$$undefinedVariable'")]
    [InlineData(15998, "'$a..b'")]
    [InlineData(40353, "'$a.'")]
    [InlineData(16410, "'$a.$b'")]
    public void Parse_InvalidFieldPathOrVariable_FailsWithMongoCode(int code, string expression) =>
        ExpressionAssert.Fails(code, expression);

    [Fact]
    public void Parse_UndefinedVariable_ReportsTheName()
    {
        var exception = ExpressionAssert.Fails(17276, "'$$nope'");
        Assert.Equal("Use of undefined variable: nope", exception.Message);
    }
}
