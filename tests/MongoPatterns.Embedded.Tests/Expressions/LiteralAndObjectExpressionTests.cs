using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class LiteralAndObjectExpressionTests
{
    [Theory]
    [InlineData("5", "5")]
    [InlineData("'abc'", "'abc'")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("{}", "{}")]
    [InlineData("[1, 'x']", "[1, 'x']")]
    [InlineData("'$notAPath'", "{$literal: '$notAPath'}")]
    [InlineData("{$add: [1, 2]}", "{$literal: {$add: [1, 2]}}")]
    public void Evaluate_Literals_ReturnThemselves(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("{total: 3, name: 'x'}", "{total: {$add: ['$a', '$b']}, name: '$n'}", "{a: 1, b: 2, n: 'x'}")]
    [InlineData("{present: 1}", "{present: '$a', absent: '$nope'}", "{a: 1}")]
    [InlineData("{outer: {inner: 2}}", "{outer: {inner: '$a'}}", "{a: 2}")]
    public void Evaluate_ObjectExpression_EvaluatesFieldsAndDropsMissing(string expected, string expression, string document) =>
        ExpressionAssert.Equal(expected, expression, document);

    [Theory]
    [InlineData("[1, null, 3]", "['$a', '$missing', 3]", "{a: 1}")]
    [InlineData("[[2]]", "[['$a']]", "{a: 2}")]
    public void Evaluate_ArrayLiteral_EvaluatesElementsAndMissingBecomesNull(string expected, string expression, string document) =>
        ExpressionAssert.Equal(expected, expression, document);

    [Theory]
    [InlineData(168, "{$foo: 1}")]
    [InlineData(15983, "{$add: [1, 2], $subtract: [1, 2]}")]
    [InlineData(16410, "{a: 1, $b: 2}")]
    [InlineData(16412, "{'a.b': 1}")]
    public void Parse_InvalidOperatorDocuments_FailWithMongoCode(int code, string expression) =>
        ExpressionAssert.Fails(code, expression);

    [Fact]
    public void Parse_UnknownOperator_HasInvalidPipelineOperatorCodeName()
    {
        var exception = ExpressionAssert.Fails(168, "{$foo: 1}");
        Assert.Equal("InvalidPipelineOperator", exception.CodeName);
        Assert.Equal("Unrecognized expression '$foo'", exception.Message);
    }

    [Fact]
    public void Parse_ConstantSubtree_IsFoldedToAConstant()
    {
        var expression = AggregationExpression.Parse(ShellJson.Parse("{$add: [1, {$multiply: [2, 3]}]}"), new ExpressionParseContext());
        Assert.True(expression.IsConstant);
        Assert.Equal(BsonInt32.Create(7), expression.ConstantValue);
    }

    [Fact]
    public void Parse_ConstantThatFails_IsNotFoldedAndFailsOnEvaluation()
    {
        var expression = AggregationExpression.Parse(ShellJson.Parse("{$divide: [1, 0]}"), new ExpressionParseContext());
        Assert.False(expression.IsConstant);
        Assert.Throws<Errors.MongoServerException>(() => expression.Evaluate(new BsonDocument()));
    }

    [Fact]
    public void Evaluate_OneContextForManyDocuments_GivesEachDocumentsValue()
    {
        var expression = AggregationExpression.Parse(ShellJson.Parse("{$multiply: ['$a', 2]}"), new ExpressionParseContext());
        var context = new EvaluationContext(ShellJson.Doc("{a: 1}"));
        Assert.Equal(BsonInt32.Create(2), expression.Evaluate(context));
        context.Reset(ShellJson.Doc("{a: 5}"));
        Assert.Equal(BsonInt32.Create(10), expression.Evaluate(context));
    }

    [Fact]
    public void Evaluate_CallerVariablesDictionary_IsNeverModified()
    {
        var variables = new Dictionary<string, BsonValue>(StringComparer.Ordinal) { ["x"] = 1 };
        var expression = AggregationExpression.Parse(
            ShellJson.Parse("{$map: {input: [1, 2], as: 'x', in: {$add: ['$$x', 10]}}}"),
            ExpressionParseContext.Create(["x"]));
        var result = expression.Evaluate(new EvaluationContext(new BsonDocument()) { Variables = variables });
        Assert.Equal(ShellJson.Parse("[11, 12]"), result);
        Assert.Single(variables);
        Assert.Equal(BsonInt32.Create(1), variables["x"]);
    }
}
