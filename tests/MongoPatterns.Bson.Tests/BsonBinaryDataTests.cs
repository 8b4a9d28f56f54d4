namespace MongoPatterns.Bson.Tests;

public sealed class BsonBinaryDataTests
{
    private static readonly Guid Sample = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

    [Fact]
    public void GuidConstructor_UsesSubtype4AndRfc4122ByteOrder()
    {
        var binary = new BsonBinaryData(Sample);

        Assert.Equal(BsonBinarySubType.UuidStandard, binary.SubType);
        Assert.Equal("00112233445566778899AABBCCDDEEFF", Convert.ToHexString(binary.Bytes.Span));
        Assert.Equal(Sample, binary.ToGuid());
    }

    [Theory]
    [InlineData(GuidRepresentation.CSharpLegacy, "33221100554477668899AABBCCDDEEFF")]
    [InlineData(GuidRepresentation.JavaLegacy, "7766554433221100FFEEDDCCBBAA9988")]
    [InlineData(GuidRepresentation.PythonLegacy, "00112233445566778899AABBCCDDEEFF")]
    public void LegacyRepresentations_UseSubtype3AndTheirByteOrder(GuidRepresentation representation, string hex)
    {
        var binary = new BsonBinaryData(Sample, representation);

        Assert.Equal(BsonBinarySubType.UuidLegacy, binary.SubType);
        Assert.Equal(hex, Convert.ToHexString(binary.Bytes.Span));
        Assert.Equal(Sample, binary.ToGuid(representation));
    }

    [Fact]
    public void ToGuid_WithARepresentationThatDoesNotFitTheSubtype_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new BsonBinaryData(Sample).ToGuid(GuidRepresentation.CSharpLegacy));
        Assert.Throws<InvalidOperationException>(() => new BsonBinaryData(Sample, GuidRepresentation.JavaLegacy).ToGuid());
        Assert.Throws<InvalidOperationException>(() => new BsonBinaryData(new byte[16]).ToGuid());
        Assert.Throws<InvalidOperationException>(() => new BsonBinaryData(new byte[15], BsonBinarySubType.UuidStandard).ToGuid());
    }

    [Fact]
    public void Constructor_CopiesTheBytes()
    {
        var bytes = new byte[] { 1, 2, 3 };

        var binary = new BsonBinaryData(bytes, BsonBinarySubType.UserDefined);
        bytes[0] = 99;
        var copy = binary.ToByteArray();
        copy[1] = 99;

        Assert.Equal(new byte[] { 1, 2, 3 }, binary.Bytes.ToArray());
        Assert.Equal(BsonBinarySubType.UserDefined, binary.SubType);
    }

    [Fact]
    public void Equality_ComparesSubtypeAndBytes()
    {
        Assert.Equal(new BsonBinaryData([1, 2]), new BsonBinaryData([1, 2]));
        Assert.NotEqual(new BsonBinaryData([1, 2]), new BsonBinaryData([1, 2], BsonBinarySubType.Md5));
        Assert.Equal(new BsonBinaryData([1, 2]).GetHashCode(), new BsonBinaryData([1, 2]).GetHashCode());
    }

    [Fact]
    public void OldBinarySubtype_RoundTripsWithItsInnerLength()
    {
        var document = new BsonDocument("x", new BsonBinaryData([0xFF, 0xFF], BsonBinarySubType.OldBinary));

        var bytes = document.ToBson();

        Assert.Equal("13000000057800060000000202000000FFFF00", Convert.ToHexString(bytes));
        Assert.Equal(document, BsonDocument.FromBson(bytes));
    }
}
