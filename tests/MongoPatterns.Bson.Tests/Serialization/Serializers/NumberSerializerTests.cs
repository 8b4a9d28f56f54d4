using MongoPatterns.Bson.Serialization.Attributes;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Serializers;

public sealed class NumberSerializerTests
{
    [Fact]
    public void Int32_IsStoredAsInt32_AndRoundTrips()
    {
        var document = ToDocument(new Box<int>(-42));

        Assert.Equal(BsonType.Int32, document["value"].BsonType);
        Assert.Equal(-42, RoundTrip(new Box<int>(-42)).Value);
    }

    [Theory]
    [InlineData(typeof(sbyte), BsonType.Int32)]
    [InlineData(typeof(byte), BsonType.Int32)]
    [InlineData(typeof(short), BsonType.Int32)]
    [InlineData(typeof(ushort), BsonType.Int32)]
    [InlineData(typeof(uint), BsonType.Int64)]
    [InlineData(typeof(long), BsonType.Int64)]
    [InlineData(typeof(ulong), BsonType.Int64)]
    [InlineData(typeof(double), BsonType.Double)]
    [InlineData(typeof(float), BsonType.Double)]
    [InlineData(typeof(Half), BsonType.Double)]
    [InlineData(typeof(decimal), BsonType.Decimal128)]
    public void IntegerAndFloatingTypes_UseTheirDefaultBsonType(Type type, BsonType expected)
    {
        var boxType = typeof(Box<>).MakeGenericType(type);
        object seven = type == typeof(Half) ? (Half)7 : Convert.ChangeType(7, type, System.Globalization.CultureInfo.InvariantCulture);
        var value = Activator.CreateInstance(boxType, seven)!;

        var document = BsonSerializerEntryPoints.ToDocument(boxType, value);

        Assert.Equal(expected, document["value"].BsonType);
        Assert.Equal(value, BsonSerializerEntryPoints.FromDocument(boxType, document));
    }

    [Fact]
    public void Int32_ReadsWholeNumbersOfEveryNumericType()
    {
        Assert.Equal(5, FromDocument<Box<int>>(new BsonDocument("value", 5L)).Value);
        Assert.Equal(5, FromDocument<Box<int>>(new BsonDocument("value", 5.0)).Value);
        Assert.Equal(5, FromDocument<Box<int>>(new BsonDocument("value", new BsonDecimal128(Decimal128.Parse("5.00")))).Value);
    }

    [Fact]
    public void Int32_FromFractionalDouble_ThrowsWithTheValue()
    {
        var exception = ReadFails<Box<int>>(new BsonDocument("value", 5.5));

        Assert.Contains("5.5 is not a whole number", exception.Message, StringComparison.Ordinal);
        Assert.Equal("value", exception.Path);
    }

    [Fact]
    public void Int32_FromInt64OutOfRange_Throws()
    {
        var exception = ReadFails<Box<int>>(new BsonDocument("value", 1L << 40));

        Assert.Contains("outside the range of Int32", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_FromNegativeInt32_Throws() =>
        ReadFails<Box<byte>>(new BsonDocument("value", -1));

    [Fact]
    public void Int32_FromString_ThrowsUnlessStoredAsString()
    {
        var exception = ReadFails<Box<int>>(new BsonDocument("value", "5"));

        Assert.Contains("expected a number but found String", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UInt64_AboveInt64Max_CannotBeWrittenAsInt64_ButCanAsDecimal128()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => ToDocument(new Box<ulong>(ulong.MaxValue)));
        Assert.Contains("does not fit in an Int64", exception.Message, StringComparison.Ordinal);

        var wide = new WideNumbers { Big = ulong.MaxValue };
        Assert.Equal(BsonType.Decimal128, ToDocument(wide)["big"].BsonType);
        Assert.Equal(ulong.MaxValue, RoundTrip(wide).Big);
    }

    [Fact]
    public void Representations_StoreNumbersAsTheRequestedType_AndReadThemBack()
    {
        var value = new NumberRepresentations
        {
            IntAsString = 12,
            IntAsDouble = 13,
            LongAsInt32 = 14,
            DoubleAsString = 0.1,
            DecimalAsDouble = 1.5m,
            DecimalAsString = 123.4500m,
            FloatAsDecimal = 2.5f,
            Decimal128AsString = Decimal128.Parse("1E+10"),
        };

        var document = ToDocument(value);

        Assert.Equal(new BsonString("12"), document["intAsString"]);
        Assert.Equal(new BsonDouble(13), document["intAsDouble"]);
        Assert.Equal(new BsonInt32(14), document["longAsInt32"]);
        Assert.Equal(new BsonString("0.1"), document["doubleAsString"]);
        Assert.Equal(new BsonDouble(1.5), document["decimalAsDouble"]);
        Assert.Equal(new BsonString("123.4500"), document["decimalAsString"]);
        Assert.Equal(BsonType.Decimal128, document["floatAsDecimal"].BsonType);
        Assert.Equal(new BsonString("1E+10"), document["decimal128AsString"]);
        Assert.Equal(value, FromDocument<NumberRepresentations>(document));
    }

    [Fact]
    public void LongStoredAsInt32_OutOfRange_ThrowsOnWrite() =>
        Assert.Throws<BsonSerializationException>(() => ToDocument(new NumberRepresentations { LongAsInt32 = long.MaxValue }));

    [Fact]
    public void Decimal_DefaultDecimal128_IsExact()
    {
        var value = new Box<decimal>(79228162514264337593543950335m);

        Assert.Equal(value, RoundTrip(value));
        Assert.Equal(new BsonDecimal128(new Decimal128(0.1m)), ToDocument(new Box<decimal>(0.1m))["value"]);
    }

    [Fact]
    public void Decimal_FromDecimal128OutOfRange_Throws()
    {
        var exception = ReadFails<Box<decimal>>(new BsonDocument("value", new BsonDecimal128(Decimal128.Parse("1E+40"))));

        Assert.Contains("outside the range of Decimal", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_SpecialValues_RoundTrip()
    {
        foreach (var number in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, double.MaxValue })
        {
            var copy = RoundTrip(new Box<double>(number)).Value;
            Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(copy));
        }
    }

    [Fact]
    public void Double_ReadsIntegersAndDecimal128()
    {
        Assert.Equal(3.0, FromDocument<Box<double>>(new BsonDocument("value", 3)).Value);
        Assert.Equal(4.0, FromDocument<Box<double>>(new BsonDocument("value", 4L)).Value);
        Assert.Equal(0.25, FromDocument<Box<double>>(new BsonDocument("value", new BsonDecimal128(Decimal128.Parse("0.25")))).Value);
    }

    [Fact]
    public void Decimal128_RoundTrips() =>
        Assert.Equal(Decimal128.Parse("-1.50E-3"), RoundTrip(new Box<Decimal128>(Decimal128.Parse("-1.50E-3"))).Value);

    public sealed class WideNumbers
    {
        [BsonRepresentation(BsonType.Decimal128)]
        public ulong Big { get; set; }
    }

    public sealed record NumberRepresentations
    {
        [BsonRepresentation(BsonType.String)]
        public int IntAsString { get; init; }

        [BsonRepresentation(BsonType.Double)]
        public int IntAsDouble { get; init; }

        [BsonRepresentation(BsonType.Int32)]
        public long LongAsInt32 { get; init; }

        [BsonRepresentation(BsonType.String)]
        public double DoubleAsString { get; init; }

        [BsonRepresentation(BsonType.Double)]
        public decimal DecimalAsDouble { get; init; }

        [BsonRepresentation(BsonType.String)]
        public decimal DecimalAsString { get; init; }

        [BsonRepresentation(BsonType.Decimal128)]
        public float FloatAsDecimal { get; init; }

        [BsonRepresentation(BsonType.String)]
        public Decimal128 Decimal128AsString { get; init; }
    }
}
