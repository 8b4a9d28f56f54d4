namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class ComparisonAndLogicalOperatorTests
{
    [Theory]
    [InlineData("true", "{$eq: [1, 1.0]}")]
    [InlineData("true", "{$eq: [NumberDecimal('1.00'), NumberLong(1)]}")]
    [InlineData("false", "{$eq: ['$missing', null]}")]
    [InlineData("true", "{$eq: ['$missing', '$alsoMissing']}")]
    [InlineData("true", "{$eq: [[1, 2], [1, 2]]}")]
    [InlineData("false", "{$eq: [[1, 2], [2, 1]]}")]
    [InlineData("true", "{$eq: [{a: 1}, {a: 1.0}]}")]
    [InlineData("true", "{$ne: [1, '1']}")]
    [InlineData("true", "{$gt: ['a', 5]}")]
    [InlineData("true", "{$gt: [{}, 'z']}")]
    [InlineData("true", "{$gt: [[], {}]}")]
    [InlineData("true", "{$lt: [null, 0]}")]
    [InlineData("true", "{$lt: ['$missing', null]}")]
    [InlineData("true", "{$gt: [null, MinKey]}")]
    [InlineData("true", "{$gt: [MaxKey, ISODate('2024-01-01T00:00:00Z')]}")]
    [InlineData("true", "{$gte: [2, 2]}")]
    [InlineData("false", "{$lte: [3, 2]}")]
    [InlineData("true", "{$gt: [true, false]}")]
    [InlineData("true", "{$lt: [ObjectId('507f1f77bcf86cd799439011'), true]}")]
    public void Comparisons_UseBsonOrderAcrossTypes(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("-1", "{$cmp: [1, 2]}")]
    [InlineData("0", "{$cmp: [2, 2.0]}")]
    [InlineData("1", "{$cmp: ['b', 'a']}")]
    [InlineData("1", "{$cmp: ['a', 100]}")]
    [InlineData("-1", "{$cmp: ['B', 'a']}")]
    public void Cmp_ReturnsMinusOneZeroOrOne(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void Eq_WrongArity_Fails() => ExpressionAssert.Fails(16020, "{$eq: [1]}");

    [Theory]
    [InlineData("true", "{$and: [1, 'green']}")]
    [InlineData("false", "{$and: [null, true]}")]
    [InlineData("false", "{$and: [0, true]}")]
    [InlineData("false", "{$and: ['$missing', true]}")]
    [InlineData("true", "{$and: []}")]
    [InlineData("true", "{$and: [[], {}, '']}")]
    [InlineData("true", "{$or: [false, 1]}")]
    [InlineData("false", "{$or: [false, null, 0, '$missing']}")]
    [InlineData("false", "{$or: []}")]
    [InlineData("false", "{$not: [true]}")]
    [InlineData("true", "{$not: [0]}")]
    [InlineData("true", "{$not: [null]}")]
    [InlineData("false", "{$not: [[false]]}")]
    public void Logical_UseAggregationTruthiness(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void And_ShortCircuits_AndDoesNotEvaluateLaterArguments() =>
        ExpressionAssert.Equal("false", "{$and: [false, {$divide: [1, 0]}]}");

    [Fact]
    public void Or_ShortCircuits_AndDoesNotEvaluateLaterArguments() =>
        ExpressionAssert.Equal("true", "{$or: [true, {$divide: [1, '$zero']}]}", "{zero: 0}");

    [Theory]
    [InlineData("30", "{$cond: {if: {$gte: ['$qty', 250]}, then: 30, else: 20}}", "{qty: 300}")]
    [InlineData("20", "{$cond: {if: {$gte: ['$qty', 250]}, then: 30, else: 20}}", "{qty: 100}")]
    [InlineData("30", "{$cond: [{$gte: ['$qty', 250]}, 30, 20]}", "{qty: 300}")]
    [InlineData("'no'", "{$cond: ['$missing', 'yes', 'no']}", "{}")]
    [InlineData("MISSING", "{$cond: [true, '$missing', 1]}", "{}")]
    public void Cond_ChoosesABranch(string expected, string expression, string document) =>
        ExpressionAssert.Equal(expected, expression, document);

    [Theory]
    [InlineData(17080, "{$cond: {then: 1, else: 2}}")]
    [InlineData(17081, "{$cond: {if: true, else: 2}}")]
    [InlineData(17082, "{$cond: {if: true, then: 1}}")]
    [InlineData(17083, "{$cond: {if: true, then: 1, else: 2, other: 3}}")]
    [InlineData(16020, "{$cond: [true, 1]}")]
    public void Cond_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("'Unspecified'", "{$ifNull: ['$description', 'Unspecified']}", "{}")]
    [InlineData("'Unspecified'", "{$ifNull: ['$description', 'Unspecified']}", "{description: null}")]
    [InlineData("'text'", "{$ifNull: ['$description', 'Unspecified']}", "{description: 'text'}")]
    [InlineData("'second'", "{$ifNull: ['$a', '$b', 'third']}", "{b: 'second'}")]
    [InlineData("'third'", "{$ifNull: ['$a', '$b', 'third']}", "{}")]
    [InlineData("false", "{$ifNull: [false, 1]}", "{}")]
    [InlineData("MISSING", "{$ifNull: ['$a', '$b']}", "{}")]
    public void IfNull_ReturnsFirstNonNullish(string expected, string expression, string document) =>
        ExpressionAssert.Equal(expected, expression, document);

    [Fact]
    public void IfNull_WithOneArgument_Fails() => ExpressionAssert.Fails(1257300, "{$ifNull: ['$a']}");

    [Theory]
    [InlineData("'A'", "{a: 95}")]
    [InlineData("'B'", "{a: 85}")]
    [InlineData("'F'", "{a: 10}")]
    public void Switch_PicksFirstTrueBranchOrDefault(string expected, string document) =>
        ExpressionAssert.Equal(
            expected,
            "{$switch: {branches: [{case: {$gte: ['$a', 90]}, then: 'A'}, {case: {$gte: ['$a', 80]}, then: 'B'}], default: 'F'}}",
            document);

    [Theory]
    [InlineData(40066, "{$switch: {branches: [{case: false, then: 1}]}}")]
    [InlineData(40060, "{$switch: 1}")]
    [InlineData(40061, "{$switch: {branches: 1}}")]
    [InlineData(40062, "{$switch: {branches: [1]}}")]
    [InlineData(40063, "{$switch: {branches: [{case: true, then: 1, x: 1}]}}")]
    [InlineData(40064, "{$switch: {branches: [{then: 1}]}}")]
    [InlineData(40065, "{$switch: {branches: [{case: true}]}}")]
    [InlineData(40067, "{$switch: {branches: [{case: true, then: 1}], other: 1}}")]
    [InlineData(40068, "{$switch: {branches: []}}")]
    public void Switch_InvalidOrUnmatched_Fails(int code, string expression) => ExpressionAssert.Fails(code, expression);
}
