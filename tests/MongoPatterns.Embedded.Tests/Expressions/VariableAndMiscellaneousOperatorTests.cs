using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class VariableAndMiscellaneousOperatorTests
{
    [Theory]
    [InlineData("9.0", "{$let: {vars: {total: {$add: ['$price', '$tax']}, discounted: {$cond: {if: '$applyDiscount', then: 0.9, else: 1}}}, in: {$multiply: ['$$total', '$$discounted']}}}")]
    [InlineData("3", "{$let: {vars: {x: 1}, in: {$let: {vars: {x: 3}, in: '$$x'}}}}")]
    [InlineData("2", "{$let: {vars: {x: 1}, in: {$add: [{$let: {vars: {x: 1}, in: '$$x'}}, '$$x']}}}")]
    [InlineData("5", "{$let: {vars: {CURRENT: '$inner'}, in: '$v'}}")]
    [InlineData("MISSING", "{$let: {vars: {x: '$missing'}, in: '$$x'}}")]
    public void Let_BindsVariablesForItsBody(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression, "{price: 8, tax: 2, applyDiscount: true, inner: {v: 5}}");

    [Theory]
    [InlineData(16876, "{$let: {in: 1}}")]
    [InlineData(16877, "{$let: {vars: {}}}")]
    [InlineData(16875, "{$let: {vars: {}, in: 1, x: 1}}")]
    [InlineData(16874, "{$let: 5}")]
    [InlineData(9, "{$let: {vars: {Upper: 1}, in: 1}}")]
    [InlineData(9, "{$let: {vars: {'a-b': 1}, in: 1}}")]
    [InlineData(17276, "{$let: {vars: {x: '$$x'}, in: 1}}")]
    public void Let_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Fact]
    public void Rand_ReturnsADoubleBetweenZeroAndOne()
    {
        var value = ExpressionAssert.Evaluate("{$rand: {}}");
        Assert.IsType<BsonDouble>(value);
        Assert.InRange(value!.AsDouble, 0, 1);
    }

    [Fact]
    public void Rand_WithArguments_Fails() => ExpressionAssert.Fails(3040501, "{$rand: {x: 1}}");

    [Fact]
    public void Rand_IsNotFoldedIntoAConstant()
    {
        var expression = AggregationExpression.Parse(ShellJson.Parse("{$rand: {}}"), new ExpressionParseContext());
        Assert.False(expression.IsConstant);
    }

    [Fact]
    public void Meta_TextScore_ComesFromTheContext()
    {
        var expression = AggregationExpression.Parse(ShellJson.Parse("{$meta: 'textScore'}"), new ExpressionParseContext());
        Assert.Null(expression.Evaluate(new EvaluationContext(new BsonDocument())));
        Assert.Equal(new BsonDouble(1.5), expression.Evaluate(new EvaluationContext(new BsonDocument()) { TextScore = 1.5 }));
    }

    [Theory]
    [InlineData(17308, "{$meta: 'bogus'}")]
    [InlineData(17307, "{$meta: 1}")]
    [InlineData(31264, "{$function: {body: 'x', args: [], lang: 'js'}}")]
    public void Meta_AndJavaScript_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("NumberLong(1622731060)", "{$tsSecond: Timestamp(1622731060, 10)}")]
    [InlineData("NumberLong(10)", "{$tsIncrement: Timestamp(1622731060, 10)}")]
    [InlineData("null", "{$tsSecond: null}")]
    [InlineData("3", "{$binarySize: 'abc'}")]
    [InlineData("null", "{$binarySize: null}")]
    [InlineData("12", "{$bsonSize: {$literal: {a: 1}}}")]
    [InlineData("2.0", "{$median: {input: [1, 2, 3], method: 'approximate'}}")]
    [InlineData("[1.0, 3.0]", "{$percentile: {input: [3, 1, 2], p: [0.1, 0.9], method: 'approximate'}}")]
    public void MiscellaneousOperators_Work(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void ClusterTime_IsATimestampNearNow()
    {
        var value = ExpressionAssert.Evaluate("'$$CLUSTER_TIME'");
        Assert.IsType<BsonTimestamp>(value);
    }
}
