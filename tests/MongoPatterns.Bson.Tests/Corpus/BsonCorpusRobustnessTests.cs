namespace MongoPatterns.Bson.Tests.Corpus;

/// <summary>Damaged versions of the corpus documents must fail cleanly: only <see cref="BsonSerializationException"/>.</summary>
[Trait("Spec", "bson-corpus")]
public sealed class BsonCorpusRobustnessTests
{
    [Fact]
    public void EveryTruncationOfEveryValidDocument_ThrowsBsonSerializationException()
    {
        foreach (var testCase in BsonCorpus.ValidCases)
        {
            var bytes = Convert.FromHexString(testCase.CanonicalBson);
            for (var length = 0; length < bytes.Length; length++)
            {
                var truncated = bytes.AsSpan(0, length).ToArray();
                try
                {
                    BsonDocument.FromBson(truncated);
                    Assert.Fail($"{testCase.Id}: a truncation to {length} bytes was accepted.");
                }
                catch (BsonSerializationException)
                {
                }
            }
        }
    }

    [Fact]
    public void RandomByteDamageToValidDocuments_EitherDecodesOrThrowsBsonSerializationException()
    {
        var random = new Random(20240611);
        var decoded = 0;
        var rejected = 0;
        foreach (var testCase in BsonCorpus.ValidCases)
        {
            var original = Convert.FromHexString(testCase.CanonicalBson);
            for (var attempt = 0; attempt < 40; attempt++)
            {
                var damaged = (byte[])original.Clone();
                var changes = random.Next(1, 4);
                for (var i = 0; i < changes; i++)
                {
                    damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
                }

                try
                {
                    var document = BsonDocument.FromBson(damaged);
                    _ = document.ToString();
                    _ = new RawBsonDocument(damaged).ToList();
                    decoded++;
                }
                catch (BsonSerializationException)
                {
                    rejected++;
                }
            }
        }

        Assert.True(!BsonCorpus.IsAvailable || (decoded > 0 && rejected > 0));
    }
}
