using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Tests.IO;

/// <summary>Hand-written malformed documents: each must raise <see cref="BsonSerializationException"/> and nothing else.</summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "empty input", "" },
        { "three bytes", "050000" },
        { "negative document length", "FBFFFFFF00" },
        { "document length int.MaxValue", "FFFFFF7F00" },
        { "unknown type byte 0x14", "0800000014610000" },
        { "boolean byte 2", "0900000008610002" + "00" },
        { "element name not terminated", "0800000010616200" },
        { "element name invalid UTF-8 0xFF", "0C00000010FF000100000000" },
        { "element name overlong encoding of NUL", "0D00000010C080000100000000" },
        { "element name encoded surrogate", "0E00000010EDA080000100000000" },
        { "string length int.MaxValue", "10000000026100FFFFFF7F6100000000" },
        { "string with invalid UTF-8", "0F0000000261000300000061FF0000" },
        { "string missing terminator", "0F000000026100020000006161" + "00" },
        { "binary length int.MaxValue", "10000000056100FFFFFF7F0001020300" },
        { "binary subtype 2 shorter than its inner length", "0E00000005610002000000020000" + "00" },
        { "nested document length too long", "11000000036100090000001062000100000000" },
        { "nested document length below minimum", "0D000000036100040000000000" },
        { "array missing terminator", "1000000004610008000000103000010000" + "00" },
        { "regex pattern not terminated", "0A0000000B610061626300" },
        { "regex invalid UTF-8 options", "0D0000000B610061620069FF0000" },
        { "DBPointer short ObjectId", "140000000C610002000000610001020304050607" + "00" },
        { "code with scope length below minimum", "110000000F61000C00000001000000000500000000" },
        { "code with scope scope longer than declared", "1A0000000F6100120000000100000000060000000000000000" },
        { "code with scope declared longer than content", "1A0000000F6100130000000100000000050000000000000000" },
        { "int32 truncated by terminator", "0A0000001061000100" + "00" },
        { "garbage after the document", "050000000000" },
        { "terminator is not zero", "0500000001" },
        { "decimal128 truncated", "10000000136100000000000000000000" + "00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedDocument_ThrowsBsonSerializationException(string description, string hex)
    {
        var bytes = Convert.FromHexString(hex);

        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.FromBson(bytes));

        Assert.False(string.IsNullOrEmpty(description));
        Assert.StartsWith("Invalid BSON: ", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.Offset);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedDocument_FailsTheSameWayWhenSkipped(string description, string hex)
    {
        var bytes = Convert.FromHexString(hex);

        try
        {
            var reader = new BsonBinaryReader(bytes);
            reader.ReadStartDocument();
            while (reader.TryReadNextElement(out var type))
            {
                reader.SkipName();
                reader.SkipValue(type);
            }

            reader.ReadEndDocument();
        }
        catch (BsonSerializationException)
        {
        }

        // Skipping checks structure only; what matters is that nothing but BsonSerializationException escapes.
        Assert.False(string.IsNullOrEmpty(description));
    }

    [Fact]
    public void ErrorDeepInsideADocument_ReportsTheFieldPathAndOffset()
    {
        var document = new BsonDocument
        {
            { "ok", 1 },
            { "user", new BsonDocument { { "tags", new BsonArray { "a", "b", new BsonDocument("flag", true) } } } },
        };
        var bytes = document.ToBson();
        var booleanOffset = bytes.Length - 5;
        bytes[booleanOffset] = 7;

        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.FromBson(bytes));

        Assert.Equal("user.tags.2.flag", exception.Path);
        Assert.Equal(booleanOffset, exception.Offset);
        Assert.Equal(
            $"Invalid BSON: boolean byte 0x07 is neither 0x00 nor 0x01 at offset {booleanOffset} (field 'user.tags.2.flag').",
            exception.Message);
    }
}
