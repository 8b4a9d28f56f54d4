using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Tests.Corpus;

namespace MongoPatterns.Bson.Tests.Fuzzing;

/// <summary>
/// Mutates every valid BSON corpus document (bit flips, inserted and deleted bytes, truncation, length-field tampering,
/// type-byte swaps, duplicated chunks) and decodes each result into a <see cref="BsonDocument"/>, a
/// <see cref="RawBsonDocument"/> and POCOs: only <see cref="BsonSerializationException"/> may escape, and nothing may hang.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class CorpusMutationFuzzTests
{
    private const int Seed = 0x5EED_B50;
    private const int MinimumInputs = 100_000;
    private static readonly TimeSpan s_timeLimit = TimeSpan.FromMinutes(2);

    // Each mutated input is read by one of these POCO readers in turn: the dynamic one (every other input) exercises the
    // object mapping and extra elements, the typed ones the scalar serializers and their conversions.
    private static readonly Func<byte[], object?>[] s_pocoReaders =
    [
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<double?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<decimal?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<Decimal128?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<long?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<int?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<string>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<DateTime?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<DateOnly?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<Guid?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<ObjectId?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<byte[]>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<FuzzColor?>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<List<object?>>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<Dictionary<string, int>>>(bytes),
        static bytes => BsonSerializer.Serialize(BsonSerializer.Deserialize<FuzzDynamic>(bytes)),
        static bytes => BsonSerializer.Deserialize<FuzzTyped<BsonValue>>(bytes),
    ];

    [SkippableFact]
    public async Task MutatedCorpusDocuments_OnlyEverRaiseBsonSerializationException()
    {
        Skip.IfNot(BsonCorpus.IsAvailable, SpecDirectory.MissingMessage);
        var originals = BsonCorpus.ValidCases.Select(c => Convert.FromHexString(c.CanonicalBson)).ToList();
        var perDocument = (MinimumInputs / originals.Count) + 1;

        // Two deterministic halves (by document index) run side by side: throwing is what most inputs cost.
        var halves = await Task.WhenAll(
                Task.Run(() => Run(originals, perDocument, partition: 0)),
                Task.Run(() => Run(originals, perDocument, partition: 1)))
            .WaitAsync(s_timeLimit);
        var result = FuzzResult.Combine(halves);

        Assert.True(result.Inputs >= MinimumInputs, $"Only {result.Inputs} inputs were tried.");
        Assert.True(result.Failures.Count == 0, string.Join(Environment.NewLine, result.Failures.Take(20)));
        Assert.True(result.Decoded > 0 && result.Rejected > 0, $"decoded {result.Decoded}, rejected {result.Rejected}: the mutations should produce both.");
    }

    private static FuzzResult Run(List<byte[]> originals, int perDocument, int partition)
    {
        var mutator = new BsonMutator(new Random(Seed + partition));
        var result = new FuzzResult();
        for (var index = partition; index < originals.Count; index += 2)
        {
            var original = originals[index];
            var layout = BsonLayout.Of(original);
            for (var i = 0; i < perDocument; i++)
            {
                var input = mutator.Mutate(original, layout);
                Decode(input, s_pocoReaders[result.Inputs % s_pocoReaders.Length], result);
                result.Inputs++;
            }
        }

        return result;
    }

    private static void Decode(byte[] input, Func<byte[], object?> pocoReader, FuzzResult result)
    {
        Attempt(input, "BsonDocument", result, static bytes =>
        {
            var document = BsonDocument.FromBson(bytes);
            _ = document.ToString();
            if (!BsonDocument.FromBson(document.ToBson()).Equals(document))
            {
                throw new InvalidOperationException("A decoded document does not survive re-encoding.");
            }
        });
        Attempt(input, "RawBsonDocument", result, static bytes =>
        {
            var raw = new RawBsonDocument(bytes);
            foreach (var element in raw)
            {
                _ = element.Value.BsonType;
            }

            _ = raw.ToBsonDocument();
        });
        Attempt(input, "POCO", result, bytes => pocoReader(bytes));
    }

    private static void Attempt(byte[] input, string target, FuzzResult result, Action<byte[]> decode)
    {
        try
        {
            decode(input);
            result.Decoded++;
        }
        catch (BsonSerializationException)
        {
            result.Rejected++;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            result.Failures.Add($"{target}: {exception.GetType().Name}: {exception.Message} for {Convert.ToHexString(input)}");
        }
    }

    private sealed class FuzzResult
    {
        public int Inputs { get; set; }

        public long Decoded { get; set; }

        public long Rejected { get; set; }

        public List<string> Failures { get; } = [];

        public static FuzzResult Combine(FuzzResult[] parts)
        {
            var total = new FuzzResult();
            foreach (var part in parts)
            {
                total.Inputs += part.Inputs;
                total.Decoded += part.Decoded;
                total.Rejected += part.Rejected;
                total.Failures.AddRange(part.Failures);
            }

            return total;
        }
    }
}
