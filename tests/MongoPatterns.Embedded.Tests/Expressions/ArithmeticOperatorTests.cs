namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class ArithmeticOperatorTests
{
    [Theory]
    [InlineData("3", "{$add: [1, 2]}")]
    [InlineData("0", "{$add: []}")]
    [InlineData("NumberLong(2147483648)", "{$add: [2147483647, 1]}")]
    [InlineData("2147483647", "{$add: [2147483647, 1, -1]}")]
    [InlineData("3.5", "{$add: [1, 2.5]}")]
    [InlineData("NumberLong(3)", "{$add: [1, NumberLong(2)]}")]
    [InlineData("9.2233720368547758E18", "{$add: [NumberLong(9223372036854775807), NumberLong(1)]}")]
    [InlineData("NumberDecimal('2.5')", "{$add: [NumberDecimal('1.5'), 1]}")]
    [InlineData("NumberDecimal('3.50')", "{$add: [NumberDecimal('1.25'), NumberDecimal('2.25')]}")]
    [InlineData("null", "{$add: [1, null]}")]
    [InlineData("null", "{$add: [1, '$missing']}")]
    [InlineData("ISODate('2024-01-01T00:00:01.000Z')", "{$add: [ISODate('2024-01-01T00:00:00Z'), 1000]}")]
    [InlineData("ISODate('2024-01-02T00:00:00.000Z')", "{$add: [86400000, ISODate('2024-01-01T00:00:00Z')]}")]
    [InlineData("ISODate('2024-01-01T00:00:00.002Z')", "{$add: [ISODate('2024-01-01T00:00:00Z'), 1.5]}")]
    public void Add_Numbers_TakeTheWidestTypeAndPromoteOnOverflow(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(16554, "{$add: [1, 'a']}")]
    [InlineData(16612, "{$add: [ISODate('2024-01-01T00:00:00Z'), ISODate('2024-01-01T00:00:00Z')]}")]
    public void Add_InvalidOperands_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("2", "{$subtract: [5, 3]}")]
    [InlineData("NumberLong(-2147483649)", "{$subtract: [-2147483648, 1]}")]
    [InlineData("2.5", "{$subtract: [5, 2.5]}")]
    [InlineData("NumberLong(60000)", "{$subtract: [ISODate('2024-01-01T00:01:00Z'), ISODate('2024-01-01T00:00:00Z')]}")]
    [InlineData("ISODate('2024-01-01T00:00:00.000Z')", "{$subtract: [ISODate('2024-01-01T00:01:00Z'), 60000]}")]
    [InlineData("null", "{$subtract: [null, 1]}")]
    [InlineData("NumberDecimal('0.5')", "{$subtract: [NumberDecimal('1.5'), 1]}")]
    public void Subtract_NumbersAndDates_GiveMongoResults(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void Subtract_NumberMinusDate_Fails() => ExpressionAssert.Fails(16556, "{$subtract: [1, ISODate('2024-01-01T00:00:00Z')]}");

    [Fact]
    public void Subtract_WrongArgumentCount_FailsWith16020()
    {
        var exception = ExpressionAssert.Fails(16020, "{$subtract: [1]}");
        Assert.Equal("Expression $subtract takes exactly 2 arguments. 1 were passed in.", exception.Message);
    }

    [Theory]
    [InlineData("6", "{$multiply: [2, 3]}")]
    [InlineData("1", "{$multiply: []}")]
    [InlineData("NumberLong(4294967294)", "{$multiply: [2147483647, 2]}")]
    [InlineData("3.0", "{$multiply: [2, 1.5]}")]
    [InlineData("1.8446744073709552E19", "{$multiply: [NumberLong(9223372036854775807), 2]}")]
    [InlineData("NumberDecimal('3.0')", "{$multiply: [NumberDecimal('1.5'), 2]}")]
    [InlineData("null", "{$multiply: [2, '$missing']}")]
    public void Multiply_Numbers_TakeTheWidestType(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void Multiply_NonNumber_Fails() => ExpressionAssert.Fails(16555, "{$multiply: [2, 'x']}");

    [Theory]
    [InlineData("2.0", "{$divide: [6, 3]}")]
    [InlineData("2.5", "{$divide: [5, 2]}")]
    [InlineData("NumberDecimal('2.5')", "{$divide: [NumberDecimal('5'), 2]}")]
    [InlineData("null", "{$divide: [null, 2]}")]
    [InlineData("null", "{$divide: [1, null]}")]
    public void Divide_AlwaysGivesDoubleUnlessDecimal(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(16608, "{$divide: [1, 0]}")]
    [InlineData(16608, "{$divide: [1, 0.0]}")]
    [InlineData(16609, "{$divide: ['a', 1]}")]
    public void Divide_ByZeroOrNonNumber_Fails(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Fact]
    public void Divide_ByZero_HasMongoMessage() =>
        Assert.Equal("can't $divide by zero", ExpressionAssert.Fails(16608, "{$divide: [1, 0]}").Message);

    [Theory]
    [InlineData("1", "{$mod: [10, 3]}")]
    [InlineData("-1", "{$mod: [-10, 3]}")]
    [InlineData("1.5", "{$mod: [10.5, 3]}")]
    [InlineData("NumberLong(1)", "{$mod: [NumberLong(10), 3]}")]
    [InlineData("0", "{$mod: [-2147483648, -1]}")]
    [InlineData("NumberDecimal('1')", "{$mod: [NumberDecimal('10'), 3]}")]
    [InlineData("null", "{$mod: ['$missing', 3]}")]
    public void Mod_GivesTruncatedRemainder(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(16610, "{$mod: [10, 0]}")]
    [InlineData(16611, "{$mod: ['a', 2]}")]
    public void Mod_InvalidOperands_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("5", "{$abs: -5}")]
    [InlineData("5", "{$abs: [-5]}")]
    [InlineData("2.5", "{$abs: -2.5}")]
    [InlineData("NumberLong(2147483648)", "{$abs: -2147483648}")]
    [InlineData("NumberLong(7)", "{$abs: NumberLong(-7)}")]
    [InlineData("NumberDecimal('1.5')", "{$abs: NumberDecimal('-1.5')}")]
    [InlineData("null", "{$abs: null}")]
    [InlineData("null", "{$abs: '$missing'}")]
    public void Abs_ReturnsMagnitude(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(28765, "{$abs: 'x'}")]
    [InlineData(28680, "{$abs: NumberLong(-9223372036854775808)}")]
    [InlineData(16020, "{$abs: [1, 2]}")]
    public void Abs_InvalidOperands_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("2.0", "{$ceil: 1.2}")]
    [InlineData("-1.0", "{$ceil: -1.2}")]
    [InlineData("5", "{$ceil: 5}")]
    [InlineData("NumberDecimal('2')", "{$ceil: NumberDecimal('1.2')}")]
    [InlineData("1.0", "{$floor: 1.8}")]
    [InlineData("-2.0", "{$floor: -1.2}")]
    [InlineData("NumberLong(5)", "{$floor: NumberLong(5)}")]
    [InlineData("null", "{$floor: null}")]
    public void CeilAndFloor_RoundTowardInfinities(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("19.2", "{$round: [19.25, 1]}")]
    [InlineData("28.7", "{$round: [28.73, 1]}")]
    [InlineData("34.3", "{$round: [34.32, 1]}")]
    [InlineData("-45.4", "{$round: [-45.39, 1]}")]
    [InlineData("20.0", "{$round: [19.25, -1]}")]
    [InlineData("30.0", "{$round: [28.73, -1]}")]
    [InlineData("-50.0", "{$round: [-45.39, -1]}")]
    [InlineData("19.0", "{$round: [19.25, 0]}")]
    [InlineData("10.0", "{$round: 10.5}")]
    [InlineData("12.0", "{$round: 11.5}")]
    [InlineData("1200", "{$round: [1234, -2]}")]
    [InlineData("1200", "{$round: [1250, -2]}")]
    [InlineData("1400", "{$round: [1350, -2]}")]
    [InlineData("5", "{$round: [5, 2]}")]
    [InlineData("NumberDecimal('1.2')", "{$round: [NumberDecimal('1.25'), 1]}")]
    [InlineData("null", "{$round: [null, 1]}")]
    [InlineData("null", "{$round: [1.5, null]}")]
    public void Round_RoundsHalfToEvenAtPlace(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("19.2", "{$trunc: [19.25, 1]}")]
    [InlineData("28.7", "{$trunc: [28.73, 1]}")]
    [InlineData("-45.3", "{$trunc: [-45.39, 1]}")]
    [InlineData("10.0", "{$trunc: [19.25, -1]}")]
    [InlineData("20.0", "{$trunc: [28.73, -1]}")]
    [InlineData("-1.0", "{$trunc: -1.9}")]
    [InlineData("7", "{$trunc: 7}")]
    public void Trunc_TruncatesTowardZeroAtPlace(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(51083, "{$round: [1.5, 101]}")]
    [InlineData(51082, "{$round: [1.5, 1.5]}")]
    [InlineData(28667, "{$round: [1.5, 1, 2]}")]
    public void Round_InvalidPlace_Fails(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("5.0", "{$sqrt: 25}")]
    [InlineData("1.4142135623730951", "{$sqrt: 2}")]
    [InlineData("NumberDecimal('2')", "{$sqrt: NumberDecimal('4')}")]
    [InlineData("null", "{$sqrt: null}")]
    [InlineData("1.0", "{$exp: 0}")]
    [InlineData("0.0", "{$ln: 1}")]
    [InlineData("2.0", "{$log10: 100}")]
    [InlineData("2.0", "{$log: [100, 10]}")]
    [InlineData("3.0", "{$log: [8, 2]}")]
    [InlineData("null", "{$log: [8, null]}")]
    public void RootsExponentsAndLogarithms_GiveDoubles(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(28714, "{$sqrt: -1}")]
    [InlineData(28766, "{$ln: 0}")]
    [InlineData(28761, "{$log10: -1}")]
    [InlineData(28758, "{$log: [-1, 10]}")]
    [InlineData(28759, "{$log: [100, 1]}")]
    [InlineData(28756, "{$log: ['x', 10]}")]
    [InlineData(28757, "{$log: [10, 'x']}")]
    public void RootsAndLogarithms_OutOfDomain_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("1", "{$pow: [5, 0]}")]
    [InlineData("25", "{$pow: [5, 2]}")]
    [InlineData("0.04", "{$pow: [5, -2]}")]
    [InlineData("NumberLong(2147483648)", "{$pow: [2, 31]}")]
    [InlineData("9.2233720368547758E18", "{$pow: [2, 63]}")]
    [InlineData("NumberLong(8)", "{$pow: [NumberLong(2), 3]}")]
    [InlineData("8.0", "{$pow: [2, 3.0]}")]
    [InlineData("-1", "{$pow: [-1, -3]}")]
    [InlineData("1", "{$pow: [1, -3]}")]
    [InlineData("NaN", "{$pow: [-5, 0.5]}")]
    [InlineData("null", "{$pow: [null, 2]}")]
    public void Pow_IntegersStayIntegersWhenExact(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(28764, "{$pow: [0, -1]}")]
    [InlineData(28762, "{$pow: ['x', 2]}")]
    [InlineData(28763, "{$pow: [2, 'x']}")]
    public void Pow_InvalidOperands_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("0.0", "{$sin: 0}")]
    [InlineData("1.0", "{$cos: 0}")]
    [InlineData("0.0", "{$atan2: [0, 1]}")]
    [InlineData("3.141592653589793", "{$degreesToRadians: 180}")]
    [InlineData("180.0", "{$radiansToDegrees: 3.141592653589793}")]
    [InlineData("null", "{$tan: null}")]
    public void Trigonometry_ComputesInRadians(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(50989, "{$acos: 2}")]
    [InlineData(50989, "{$sin: Infinity}")]
    [InlineData(28765, "{$sin: 'x'}")]
    public void Trigonometry_OutOfDomain_Fails(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("0", "{$bitAnd: [12, 3]}")]
    [InlineData("15", "{$bitOr: [12, 3]}")]
    [InlineData("NumberLong(15)", "{$bitOr: [12, NumberLong(3)]}")]
    [InlineData("6", "{$bitXor: [5, 3]}")]
    [InlineData("-6", "{$bitNot: 5}")]
    [InlineData("NumberLong(-6)", "{$bitNot: NumberLong(5)}")]
    [InlineData("null", "{$bitAnd: [1, null]}")]
    [InlineData("-1", "{$bitAnd: []}")]
    public void Bitwise_OperatesOnIntegers(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("{$bitAnd: [1, 1.5]}")]
    [InlineData("{$bitNot: 'a'}")]
    public void Bitwise_NonIntegers_Fail(string expression) => ExpressionAssert.Fails(14, expression);
}
