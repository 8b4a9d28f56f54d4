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
}
