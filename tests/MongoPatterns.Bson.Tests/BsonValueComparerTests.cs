namespace MongoPatterns.Bson.Tests;

public sealed class BsonValueComparerTests
{
    private static readonly BsonValueComparer Comparer = BsonValueComparer.Instance;

    // Coefficient and exponent to Decimal128 bits (coefficient below 2^64).
    private static BsonDecimal128 Dec(ulong coefficient, int exponent, bool negative = false) =>
        new(new Decimal128(((ulong)(exponent + 6176) << 49) | (negative ? 0x8000_0000_0000_0000 : 0), coefficient));

    private static readonly BsonDecimal128 DecimalNaN = new(new Decimal128(0x7C00_0000_0000_0000, 0));
    private static readonly BsonDecimal128 DecimalInfinity = new(new Decimal128(0x7800_0000_0000_0000, 0));
    private static readonly BsonDecimal128 DecimalNegativeInfinity = new(new Decimal128(0xF800_0000_0000_0000, 0));

    private static TheoryData<int, BsonValue> TypeOrder => new()
    {
        { 1, BsonMinKey.Value },
        { 2, BsonNull.Value },
        { 2, BsonUndefined.Value },
        { 3, 5 },
        { 4, "a" },
        { 5, new BsonDocument() },
        { 6, new BsonArray() },
        { 7, new BsonBinaryData([]) },
        { 8, ObjectId.Empty },
        { 9, false },
        { 10, new BsonDateTime(0) },
        { 11, new BsonTimestamp(0) },
        { 12, new BsonRegularExpression("a") },
        { 13, new BsonDbPointer("a.b", ObjectId.Empty) },
        { 14, new BsonJavaScript("f") },
        { 15, new BsonJavaScriptWithScope("f", []) },
        { 16, BsonMaxKey.Value },
    };

    [Fact]
    public void CrossTypeOrder_FollowsMongoDbsCanonicalOrder()
    {
        var values = TypeOrder.Select(row => ((int)row[0], (BsonValue)row[1])).ToList();
        var extremes = new BsonValue[] { double.NegativeInfinity, 1e308, "", "\U0010FFFF", true, new BsonTimestamp(ulong.MaxValue) };

        foreach (var (xOrder, x) in values)
        {
            foreach (var (yOrder, y) in values)
            {
                Assert.Equal(Math.Sign(xOrder.CompareTo(yOrder)), Comparer.Compare(x, y));
            }

            Assert.Equal(xOrder, BsonValueComparer.GetCanonicalTypeOrder(x.BsonType));
        }

        foreach (var extreme in extremes)
        {
            var order = BsonValueComparer.GetCanonicalTypeOrder(extreme.BsonType);
            foreach (var (otherOrder, other) in values.Where(v => v.Item1 != order))
            {
                Assert.Equal(Math.Sign(order.CompareTo(otherOrder)), Comparer.Compare(extreme, other));
            }
        }
    }

    [Fact]
    public void NullAndUndefined_CompareEqualAndHashAlike()
    {
        Assert.True(Comparer.Equals(BsonNull.Value, BsonUndefined.Value));
        Assert.Equal(Comparer.GetHashCode(BsonNull.Value), Comparer.GetHashCode(BsonUndefined.Value));
    }

    [Fact]
    public void Numbers_CompareByValueAcrossTypes()
    {
        BsonValue[] ones = [1, 1L, 1.0, Dec(1, 0), Dec(10, -1), Dec(100000, -5)];

        foreach (var x in ones)
        {
            foreach (var y in ones)
            {
                Assert.Equal(0, Comparer.Compare(x, y));
                Assert.True(Comparer.Equals(x, y));
                Assert.Equal(Comparer.GetHashCode(x), Comparer.GetHashCode(y));
            }
        }

        Assert.True(Comparer.Compare(1, 1.5) < 0);
        Assert.True(Comparer.Compare(Dec(15, -1), 1) > 0);
        Assert.True(Comparer.Compare(-2L, Dec(1, 0, negative: true)) < 0);
    }

    [Fact]
    public void NaN_EqualsNaNAndSortsBelowEveryOtherNumber()
    {
        BsonValue[] nans = [double.NaN, -double.NaN, DecimalNaN];
        BsonValue[] numbers = [double.NegativeInfinity, DecimalNegativeInfinity, long.MinValue, -1e308, 0, Dec(1, -6176)];

        foreach (var nan in nans)
        {
            foreach (var other in nans)
            {
                Assert.Equal(0, Comparer.Compare(nan, other));
                Assert.Equal(Comparer.GetHashCode(nan), Comparer.GetHashCode(other));
            }

            foreach (var number in numbers)
            {
                Assert.Equal(-1, Comparer.Compare(nan, number));
                Assert.Equal(1, Comparer.Compare(number, nan));
            }
        }
    }

    [Fact]
    public void NegativeZero_EqualsZero()
    {
        BsonValue[] zeros = [0, 0L, 0.0, -0.0, Dec(0, 0), Dec(0, 5, negative: true), Dec(0, -20)];

        foreach (var x in zeros)
        {
            foreach (var y in zeros)
            {
                Assert.Equal(0, Comparer.Compare(x, y));
                Assert.Equal(Comparer.GetHashCode(x), Comparer.GetHashCode(y));
            }
        }
    }

    [Fact]
    public void Int64AndDouble_CompareExactlyBeyondDoublePrecision()
    {
        const long TwoTo53 = 1L << 53;

        Assert.Equal(1, Comparer.Compare(TwoTo53 + 1, (double)TwoTo53));
        Assert.Equal(-1, Comparer.Compare((double)TwoTo53, TwoTo53 + 1));
        Assert.Equal(-1, Comparer.Compare(long.MaxValue, 9223372036854775808.0));
        Assert.Equal(0, Comparer.Compare(long.MinValue, -9223372036854775808.0));
        Assert.Equal(1, Comparer.Compare(long.MinValue, double.NegativeInfinity));
        Assert.Equal(-1, Comparer.Compare(3L, 3.0000000000000004));
        Assert.NotEqual(Comparer.GetHashCode(TwoTo53 + 1), Comparer.GetHashCode((double)TwoTo53));
    }

    [Fact]
    public void Decimal128AndDouble_CompareExactly()
    {
        var decimalTenth = Dec(1, -1);

        // The double nearest 0.1 is slightly above it.
        Assert.Equal(-1, Comparer.Compare(decimalTenth, 0.1));
        Assert.Equal(0, Comparer.Compare(Dec(5, -1), 0.5));
        Assert.Equal(Comparer.GetHashCode(Dec(5, -1)), Comparer.GetHashCode(0.5));
        Assert.Equal(Comparer.GetHashCode(Dec(25, -2)), Comparer.GetHashCode(0.25));
        Assert.Equal(0, Comparer.Compare(DecimalInfinity, double.PositiveInfinity));
        Assert.Equal(Comparer.GetHashCode(DecimalInfinity), Comparer.GetHashCode(double.PositiveInfinity));
        Assert.Equal(1, Comparer.Compare(DecimalInfinity, double.MaxValue));
        Assert.Equal(-1, Comparer.Compare(Dec(1, 6111, negative: true), -double.MaxValue));
        Assert.Equal(1, Comparer.Compare(Dec(1, -6176), double.Epsilon - double.Epsilon));
        Assert.Equal(-1, Comparer.Compare(Dec(1, -6176), double.Epsilon));
    }

    [Fact]
    public void Decimal128Integers_EqualInt64sBeyondDoublePrecision()
    {
        const long Big = (1L << 60) + 1;

        Assert.Equal(0, Comparer.Compare(Dec((ulong)Big, 0), Big));
        Assert.Equal(Comparer.GetHashCode(Dec((ulong)Big, 0)), Comparer.GetHashCode(Big));
        Assert.Equal(Comparer.GetHashCode(Dec(1, 3)), Comparer.GetHashCode(1000));
        Assert.Equal(Comparer.GetHashCode(Dec(1, 20)), Comparer.GetHashCode(1e20));
    }

    [Fact]
    public void NumericHashCodes_AreConsistentWithEquality()
    {
        var random = new Random(7);
        var values = new List<BsonValue>();
        for (var i = 0; i < 300; i++)
        {
            var integer = random.Next(-50, 50);
            var scale = random.Next(0, 3);
            values.Add(integer);
            values.Add((long)integer);
            values.Add(integer / 4.0);
            values.Add(Dec((ulong)Math.Abs(integer) * (ulong)Math.Pow(10, scale), -scale, integer < 0));
            values.Add(Dec((ulong)Math.Abs(integer) * 25, -2, integer < 0));
        }

        foreach (var x in values)
        {
            foreach (var y in values)
            {
                if (Comparer.Equals(x, y))
                {
                    Assert.Equal(Comparer.GetHashCode(x), Comparer.GetHashCode(y));
                }
            }
        }
    }

    [Fact]
    public void Strings_CompareByCodePoint()
    {
        Assert.Equal(-1, Comparer.Compare("", "a"));
        Assert.Equal(-1, Comparer.Compare("a", "b"));
        Assert.Equal(-1, Comparer.Compare("B", "a"));
        Assert.Equal(-1, Comparer.Compare("ab", "abc"));

        // U+FFFD sorts below U+1F600 by code point (and UTF-8 bytes), although its UTF-16 code unit is higher.
        Assert.Equal(-1, Comparer.Compare("\uFFFD", "\U0001F600"));
        Assert.Equal(0, Comparer.Compare("x", new BsonSymbol("x")));
        Assert.Equal(Comparer.GetHashCode("x"), Comparer.GetHashCode(new BsonSymbol("x")));
        Assert.Equal(-1, Comparer.Compare(new BsonSymbol("a"), "b"));
    }

    [Fact]
    public void Documents_CompareByValueTypeThenNameThenValueThenLength()
    {
        Assert.Equal(-1, Comparer.Compare(new BsonDocument("a", 1), new BsonDocument("a", 2)));
        Assert.Equal(-1, Comparer.Compare(new BsonDocument("a", 1), new BsonDocument("b", 1)));
        Assert.Equal(-1, Comparer.Compare(new BsonDocument("b", 1), new BsonDocument("a", "x")));
        Assert.Equal(-1, Comparer.Compare(new BsonDocument("a", 1), new BsonDocument { { "a", 1 }, { "b", 1 } }));
        Assert.Equal(0, Comparer.Compare(new BsonDocument("a", 1), new BsonDocument("a", 1.0)));
        Assert.Equal(
            Comparer.GetHashCode(new BsonDocument("a", new BsonArray { 1, 2L })),
            Comparer.GetHashCode(new BsonDocument("a", new BsonArray { 1.0, Dec(2, 0) })));
    }

    [Fact]
    public void Arrays_CompareElementWiseThenByLength()
    {
        Assert.Equal(-1, Comparer.Compare(new BsonArray { 1 }, new BsonArray { 1, 2 }));
        Assert.Equal(1, Comparer.Compare(new BsonArray { 2 }, new BsonArray { 1, 5 }));
        Assert.Equal(0, Comparer.Compare(new BsonArray { 1, "a" }, new BsonArray { 1.0, "a" }));
        Assert.Equal(-1, Comparer.Compare(new BsonArray(), new BsonArray { BsonMinKey.Value }));
    }

    [Fact]
    public void BinaryData_ComparesByLengthThenSubtypeThenBytes()
    {
        Assert.Equal(-1, Comparer.Compare(new BsonBinaryData([9]), new BsonBinaryData([0, 0])));
        Assert.Equal(-1, Comparer.Compare(new BsonBinaryData([9], BsonBinarySubType.Binary), new BsonBinaryData([0], BsonBinarySubType.Function)));
        Assert.Equal(-1, Comparer.Compare(new BsonBinaryData([1, 2]), new BsonBinaryData([1, 3])));
        Assert.Equal(0, Comparer.Compare(new BsonBinaryData([1, 2]), new BsonBinaryData([1, 2])));
    }

    [Fact]
    public void OtherTypes_CompareByTheirValues()
    {
        Assert.Equal(-1, Comparer.Compare(ObjectId.Parse("000000000000000000000001"), ObjectId.Parse("000000000000000000000002")));
        Assert.Equal(-1, Comparer.Compare(false, true));
        Assert.Equal(-1, Comparer.Compare(new BsonDateTime(-5), new BsonDateTime(3)));
        Assert.Equal(-1, Comparer.Compare(new BsonTimestamp(1, 2), new BsonTimestamp(uint.MaxValue, 0)));
        Assert.Equal(-1, Comparer.Compare(new BsonRegularExpression("a", "i"), new BsonRegularExpression("b")));
        Assert.Equal(-1, Comparer.Compare(new BsonRegularExpression("a"), new BsonRegularExpression("a", "i")));
        Assert.Equal(-1, Comparer.Compare(new BsonJavaScript("a"), new BsonJavaScript("b")));
        Assert.Equal(-1, Comparer.Compare(new BsonJavaScriptWithScope("a", new BsonDocument("x", 1)), new BsonJavaScriptWithScope("a", new BsonDocument("x", 2))));
        Assert.Equal(-1, Comparer.Compare(new BsonDbPointer("a.a", ObjectId.Empty), new BsonDbPointer("a.b", ObjectId.Empty)));
        Assert.Equal(0, Comparer.Compare(BsonMaxKey.Value, BsonMaxKey.Value));
    }

    [Fact]
    public void Null_SortsFirst()
    {
        Assert.Equal(0, Comparer.Compare(null, null));
        Assert.Equal(-1, Comparer.Compare(null, BsonMinKey.Value));
        Assert.Equal(1, Comparer.Compare(BsonMinKey.Value, null));
        Assert.False(Comparer.Equals(null, BsonNull.Value));
    }

    [Fact]
    public void Sort_OrdersMixedValuesAndCompareToAgrees()
    {
        var values = new List<BsonValue> { "b", 2.5, BsonMaxKey.Value, new BsonDocument(), 1, BsonNull.Value, true, "a", 2L, BsonMinKey.Value };

        values.Sort(Comparer);

        Assert.Equal(new List<BsonValue> { BsonMinKey.Value, BsonNull.Value, 1, 2L, 2.5, "a", "b", new BsonDocument(), true, BsonMaxKey.Value }, values);
        for (var i = 1; i < values.Count; i++)
        {
            Assert.True(values[i - 1].CompareTo(values[i]) < 0);
        }
    }

    [Fact]
    public void GroupingByComparer_MergesNumericallyEqualKeys()
    {
        var keys = new BsonValue[] { 1, 1L, 1.0, Dec(10, -1), 2, "1" };

        var groups = keys.GroupBy(k => k, Comparer).Select(g => g.Count()).ToList();

        Assert.Equal([4, 1, 1], groups);
    }
}
