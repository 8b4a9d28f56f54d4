using System.Text;
using MongoPatterns.Driver.Core.WireProtocol;

namespace MongoPatterns.Driver.Tests.Core.WireProtocol;

/// <summary>CRC-32C against the RFC 3720 (iSCSI) test vectors, with both the hardware and the table path.</summary>
public sealed class Crc32CTests
{
    public static TheoryData<byte[], uint> Vectors => new()
    {
        { Encoding.ASCII.GetBytes("123456789"), 0xE3069283 },
        { new byte[32], 0x8A9136AA },
        { Enumerable.Repeat((byte)0xFF, 32).ToArray(), 0x62A8AB43 },
        { Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), 0x46DD794E },
        { Enumerable.Range(0, 32).Select(i => (byte)(31 - i)).ToArray(), 0x113FDB5C },
        { [], 0x00000000 },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Compute_KnownVector_MatchesTheStandard(byte[] data, uint expected) => Assert.Equal(expected, Crc32C.Compute(data));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ComputeWithTable_KnownVector_MatchesTheStandard(byte[] data, uint expected) => Assert.Equal(expected, Crc32C.ComputeWithTable(data));

    [Fact]
    public void Compute_RandomInputsOfEveryLength_TableAndHardwareAgree()
    {
        var random = new Random(42);
        for (var length = 0; length < 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(Crc32C.ComputeWithTable(data), Crc32C.Compute(data));
        }
    }
}
