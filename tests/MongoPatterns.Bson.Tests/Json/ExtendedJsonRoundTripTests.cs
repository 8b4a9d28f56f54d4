using MongoPatterns.Bson.Json;

namespace MongoPatterns.Bson.Tests.Json;

/// <summary>Canonical Extended JSON keeps every BSON value exactly; relaxed keeps it up to number types.</summary>
public sealed class ExtendedJsonRoundTripTests
{
    [Fact]
    public void CanonicalJson_ParsesBackToTheSameBson_ForRandomDocuments()
    {
        var random = new Random(20240917);
        for (var i = 0; i < 300; i++)
        {
            var document = RandomDocument(random, depth: 0);

            var json = document.ToJson(JsonWriterSettings.Canonical);
            var parsed = BsonDocument.Parse(json);

            Assert.Equal(Convert.ToHexString(document.ToBson()), Convert.ToHexString(parsed.ToBson()));
            Assert.Equal(json, parsed.ToJson(JsonWriterSettings.Canonical));
            Assert.Equal(document, BsonDocument.Parse(document.ToJson(new JsonWriterSettings { Indent = true, OutputMode = JsonOutputMode.CanonicalExtendedJson })));
        }
    }

    [Fact]
    public void RelaxedJson_ParsesBackToAnEqualDocument_UnderMongoDbComparison()
    {
        var random = new Random(4242);
        for (var i = 0; i < 300; i++)
        {
            var document = RandomDocument(random, depth: 0);

            var parsed = BsonDocument.Parse(document.ToJson());

            Assert.True(BsonValueComparer.Instance.Equals(document, parsed), document.ToJson());
            Assert.Equal(document.ToJson(), parsed.ToJson());
        }
    }

    private static BsonDocument RandomDocument(Random random, int depth)
    {
        var document = new BsonDocument(allowDuplicateNames: true);
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            document.Add(RandomString(random), RandomValue(random, depth + 1));
        }

        return document;
    }

    private static BsonValue RandomValue(Random random, int depth) => random.Next(depth < 4 ? 22 : 20) switch
    {
        0 => RandomString(random),
        1 => random.Next(),
        2 => random.NextInt64(long.MinValue, long.MaxValue),
        3 => RandomDouble(random),
        4 => random.NextDouble() * Math.Pow(10, random.Next(-30, 30)),
        5 => RandomDecimal(random),
        6 => random.Next(2) == 0,
        7 => BsonNull.Value,
        8 => new ObjectId(RandomBytes(random, 12)),
        9 => new BsonDateTime(random.NextInt64(-300_000_000_000_000, 300_000_000_000_000)),
        10 => new BsonBinaryData(RandomBytes(random, random.Next(0, 40)), (BsonBinarySubType)random.Next(256)),
        11 => new BsonRegularExpression(RandomString(random).Replace("\0", string.Empty, StringComparison.Ordinal), "imsx"[..random.Next(5)]),
        12 => new BsonTimestamp((ulong)random.NextInt64()),
        13 => new BsonJavaScript(RandomString(random)),
        14 => new BsonJavaScriptWithScope(RandomString(random), RandomDocument(random, depth)),
        15 => new BsonSymbol(RandomString(random)),
        16 => new BsonDbPointer(RandomString(random), new ObjectId(RandomBytes(random, 12))),
        17 => BsonUndefined.Value,
        18 => random.Next(2) == 0 ? BsonMinKey.Value : BsonMaxKey.Value,
        19 => new BsonBinaryData(Guid.NewGuid()),
        20 => RandomDocument(random, depth),
        _ => new BsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1))),
    };

    /// <summary>Any bit pattern except NaN payloads, which Extended JSON cannot carry (the corpus calls them lossy).</summary>
    private static double RandomDouble(Random random)
    {
        var value = BitConverter.Int64BitsToDouble(random.NextInt64());
        return double.IsNaN(value) ? double.NaN : value;
    }

    /// <summary>Any canonical encoding (NaN payloads and non-canonical coefficients read back differently).</summary>
    private static Decimal128 RandomDecimal(Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                return Decimal128.NaN;
            case 1:
                return random.Next(2) == 0 ? Decimal128.PositiveInfinity : Decimal128.NegativeInfinity;
        }

        var coefficient = new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64()) % UInt128.Parse("10000000000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
        coefficient >>= random.Next(128);
        return Decimal128.Create(random.Next(2) == 0, coefficient, random.Next(-6176, 6112));
    }

    private static string RandomString(Random random)
    {
        const string Alphabet = "ab$.\"\\\n\t\u0001\u001f é☆😀\0";
        var length = random.Next(0, 8);
        var chars = new List<char>();
        while (chars.Count < length)
        {
            var index = random.Next(Alphabet.Length);
            if (char.IsSurrogate(Alphabet[index]))
            {
                chars.Add('\uD83D');
                chars.Add('\uDE00');
            }
            else
            {
                chars.Add(Alphabet[index]);
            }
        }

        var text = new string([.. chars]);

        // Names (and regex parts) cannot hold '\0'; keep strings simple for names by removing it.
        return text.Replace("\0", "0", StringComparison.Ordinal);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
