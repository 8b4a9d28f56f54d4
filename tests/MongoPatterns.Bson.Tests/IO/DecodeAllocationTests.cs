namespace MongoPatterns.Bson.Tests.IO;

public sealed class DecodeAllocationTests
{
    // What decoding must allocate is one object per value plus each document's element array; names come from the
    // shared cache and small integers, booleans and null are cached. Strings dominate typical documents and cost
    // about twice their UTF-8 size as UTF-16 plus two object headers, so a string-heavy document lands near 3.4x
    // its encoded size; the bound catches any allocation beyond the values themselves.
    [Fact]
    public void DecodingATypicalDocument_AllocatesOnlyTheValues()
    {
        var document = new BsonDocument
        {
            { "_id", ObjectId.GenerateNewId() },
            { "name", "Ada Lovelace, Countess of Lovelace" },
            { "email", "ada@example.com" },
            { "age", 36 },
            { "active", true },
            { "bio", "Mathematician and writer, chiefly known for her work on Charles Babbage's Analytical Engine." },
            { "address", new BsonDocument { { "street", "12 St James's Square" }, { "city", "London" }, { "country", "United Kingdom" } } },
            { "tags", new BsonArray { "math", "computing", "poetry" } },
            { "created", new BsonDateTime(1_700_000_000_000) },
            { "score", 98.5 },
        };
        var bytes = document.ToBson();
        BsonDocument.FromBson(bytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var decoded = BsonDocument.FromBson(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(document, decoded);
        Assert.True(allocated <= 3.5 * bytes.Length, $"Decoding {bytes.Length} bytes allocated {allocated} bytes.");
    }

    [Fact]
    public void DecodingNumbersAndFlags_AllocatesAboutTheEncodedSize()
    {
        var document = new BsonDocument();
        for (var i = 0; i < 16; i++)
        {
            document.Add("counter" + i, i % 3 == 0 ? BsonBoolean.True : i % 3 == 1 ? BsonNull.Value : BsonInt32.Create(i));
        }

        var bytes = document.ToBson();
        BsonDocument.FromBson(bytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        BsonDocument.FromBson(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated <= 2 * bytes.Length, $"Decoding {bytes.Length} bytes allocated {allocated} bytes.");
    }

    [Fact]
    public void RepeatedFieldNames_DoNotAllocateNewStrings()
    {
        var bytes = new BsonDocument { { "alpha", 1 }, { "beta", 2 }, { "gamma", 3 } }.ToBson();
        var first = BsonDocument.FromBson(bytes);

        var second = BsonDocument.FromBson(bytes);

        Assert.All(first.Names.Zip(second.Names), pair => Assert.Same(pair.First, pair.Second));
    }

    // The model's own cost on 64-bit .NET: a document or an array is a 24-byte object plus an exactly sized backing
    // array (24 bytes plus 16 per element, 8 per array item); a string value is a 24-byte BsonString plus the string
    // (22 + 2 per char, rounded up to 8). Nothing else may be allocated: no scratch, no name (cached), no small integer.
    [SkippableFact]
    public void DecodingADocument_AllocatesExactlyTheModelObjects()
    {
        Skip.IfNot(Environment.Is64BitProcess, "Object sizes are those of a 64-bit process.");
        var document = new BsonDocument
        {
            { "count", 7 },
            { "offset", -100 },
            { "label", "xyz" },
            { "child", new BsonDocument("flag", true) },
            { "list", new BsonArray { 1, 2 } },
            { "nothing", BsonNull.Value },
        };
        var bytes = document.ToBson();
        const int TopDocument = 24 + 24 + (16 * 6);
        const int Label = 24 + 32;
        const int Child = 24 + 24 + 16;
        const int List = 24 + 24 + (8 * 2);

        var allocated = MinimumAllocation(() => BsonDocument.FromBson(bytes));

        Assert.Equal(TopDocument + Label + Child + List, allocated);
    }

    [SkippableFact]
    public void ManyFieldNames_AreAllServedFromTheNameCache()
    {
        Skip.IfNot(Environment.Is64BitProcess, "Object sizes are those of a 64-bit process.");
        var random = new Random(2024);
        var document = new BsonDocument();
        while (document.ElementCount < 200)
        {
            var name = new string(Enumerable.Range(0, 8).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
            if (!document.Contains(name))
            {
                document.Add(name, true);
            }
        }

        var bytes = document.ToBson();

        var allocated = MinimumAllocation(() => BsonDocument.FromBson(bytes));

        Assert.Equal(24 + 24 + (16 * 200), allocated);
    }

    // The least of a few measurements, after a warm-up: other tests share the name cache and may evict a name between
    // two decodes, which costs one measurement but not all of them.
    private static long MinimumAllocation(Func<BsonDocument> decode)
    {
        decode();
        decode();
        var minimum = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            decode();
            minimum = Math.Min(minimum, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return minimum;
    }
}
