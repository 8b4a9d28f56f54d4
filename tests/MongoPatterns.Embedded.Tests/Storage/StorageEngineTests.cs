using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Tests.Storage;

public class StorageEngineTests
{
    private static void InsertOne(StorageEngine engine, string collection, BsonDocument document) => engine.Write(writer =>
    {
        var state = writer.GetOrCreateCollection("db", collection, out _);
        var prepared = DocumentPreparer.PrepareInsert(document);
        writer.SetCollection(state.Insert(prepared, DocumentPreparer.Encode(prepared), writer.Version));
        return 0;
    });

    [Fact]
    public void Write_PublishesNewVersionAndKeepsOldSnapshots()
    {
        var engine = new StorageEngine();
        InsertOne(engine, "c", new BsonDocument("_id", 1));
        var before = engine.Current;

        InsertOne(engine, "c", new BsonDocument("_id", 2));

        Assert.Equal(before.Version + 1, engine.Current.Version);
        Assert.Single(before.FindCollection("db", "c")!.Records);
        Assert.Equal(2, engine.Current.FindCollection("db", "c")!.Count);
    }

    [Fact]
    public void Write_ThatThrows_PublishesNothing()
    {
        var engine = new StorageEngine();
        InsertOne(engine, "c", new BsonDocument("_id", 1));
        var before = engine.Current;

        Assert.Throws<MongoServerException>(() => engine.Write<int>(writer =>
        {
            writer.DropCollection("db", "c");
            throw new MongoServerException(ErrorCodes.BadValue, "boom");
        }));

        Assert.Same(before, engine.Current);
    }

    [Fact]
    public async Task ConcurrentUniqueInserts_ExactlyOneWins()
    {
        var engine = new StorageEngine();
        engine.Write(writer =>
        {
            var state = writer.GetOrCreateCollection("db", "c", out _);
            writer.SetCollection(state.AddIndex(IndexDefinition.Parse(new BsonDocument { { "key", new BsonDocument("k", 1) }, { "name", "k_1" }, { "unique", true } })));
            return 0;
        });
        var successes = 0;
        var failures = 0;

        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
        {
            try
            {
                InsertOne(engine, "c", new BsonDocument { { "_id", i }, { "k", i % 8 } });
                Interlocked.Increment(ref successes);
            }
            catch (MongoServerException)
            {
                Interlocked.Increment(ref failures);
            }
        })));

        Assert.Equal(8, successes);
        Assert.Equal(56, failures);
        Assert.Equal(8, engine.Current.FindCollection("db", "c")!.Count);
    }

    [Fact]
    public void DeleteExpired_RemovesDocumentsPastTheirTtl()
    {
        var engine = new StorageEngine();
        var now = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        engine.Write(writer =>
        {
            var state = writer.GetOrCreateCollection("db", "c", out _);
            writer.SetCollection(state.AddIndex(IndexDefinition.Parse(new BsonDocument { { "key", new BsonDocument("at", 1) }, { "name", "at_1" }, { "expireAfterSeconds", 60 } })));
            return 0;
        });
        InsertOne(engine, "c", new BsonDocument { { "_id", "old" }, { "at", new BsonDateTime(now.AddMinutes(-5)) } });
        InsertOne(engine, "c", new BsonDocument { { "_id", "new" }, { "at", new BsonDateTime(now) } });
        InsertOne(engine, "c", new BsonDocument { { "_id", "array" }, { "at", new BsonArray { new BsonDateTime(now), new BsonDateTime(now.AddHours(-1)) } } });
        InsertOne(engine, "c", new BsonDocument { { "_id", "text" }, { "at", "not a date" } });

        var deleted = engine.DeleteExpired(now);

        Assert.Equal(2, deleted);
        Assert.Equal(new BsonValue[] { "new", "text" }, engine.Current.FindCollection("db", "c")!.Records.Values.Select(r => r.Document["_id"]));
    }

    [Fact]
    public void AggregationHost_ReplaceAndMerge()
    {
        var engine = new StorageEngine();
        InsertOne(engine, "target", new BsonDocument { { "_id", 1 }, { "a", 1 } });

        engine.Merge("db", "target", [new BsonDocument { { "_id", 1 }, { "b", 2 } }, new BsonDocument { { "_id", 2 }, { "b", 3 } }], new MongoPatterns.Embedded.Aggregation.MergeOptions());
        var merged = engine.Scan("db", "target").ToList();
        engine.ReplaceCollection("db", "target", [new BsonDocument("_id", 9)]);

        Assert.Equal(new BsonDocument { { "_id", 1 }, { "a", 1 }, { "b", 2 } }, merged[0]);
        Assert.Equal(2, merged.Count);
        Assert.Equal([new BsonDocument("_id", 9)], engine.Scan("db", "target"));
        Assert.Empty(engine.Scan("db", "missing"));
    }
}
