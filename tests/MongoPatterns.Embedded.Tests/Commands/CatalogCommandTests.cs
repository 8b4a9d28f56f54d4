using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Commands;

public class CatalogCommandTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static BsonDocument Index(BsonDocument key, string name, BsonDocument? options = null)
    {
        var spec = new BsonDocument { { "key", key }, { "name", name } };
        if (options is not null)
        {
            spec.AddRange(options);
        }

        return spec;
    }

    private static BsonDocument CreateIndexes(string collection, params BsonDocument[] specs) =>
        new() { { "createIndexes", collection }, { "indexes", new BsonArray(specs) } };

    [Fact]
    public async Task CreateIndexes_ReportsCountsAndIsIdempotent()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var created = await client.RunAsync(CreateIndexes("c", Index(new BsonDocument("sku", 1), "sku_1", new BsonDocument("unique", true))), db);
        var again = await client.RunAsync(CreateIndexes("c", Index(new BsonDocument("sku", 1), "sku_1", new BsonDocument("unique", true))), db);

        Assert.Equal(new BsonDocument { { "numIndexesBefore", 1 }, { "numIndexesAfter", 2 }, { "createdCollectionAutomatically", true }, { "ok", 1.0 } }, created);
        Assert.Equal(new BsonDocument { { "numIndexesBefore", 2 }, { "numIndexesAfter", 2 }, { "note", "all indexes already exist" }, { "ok", 1.0 } }, again);
    }

    [Fact]
    public async Task CreateIndexes_Conflicts_FailWithMongoCodes()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(CreateIndexes("c", Index(new BsonDocument("a", 1), "a_1")), db);

        var sameNameOtherKey = await client.RunAsync(CreateIndexes("c", Index(new BsonDocument("b", 1), "a_1")), db);
        var sameNameOtherOptions = await client.RunAsync(CreateIndexes("c", Index(new BsonDocument("a", 1), "a_1", new BsonDocument("unique", true))), db);
        var sameKeyOtherName = await client.RunAsync(CreateIndexes("c", Index(new BsonDocument("a", 1), "other")), db);
        var badOption = await client.RunAsync(CreateIndexes("c", Index(new BsonDocument("z", 1), "z_1", new BsonDocument("bogus", 1))), db);
        var badKey = await client.RunAsync(CreateIndexes("c", Index(new BsonDocument("z", "nope"), "z_nope")), db);

        Assert.Equal(86, sameNameOtherKey["code"].AsInt32);
        Assert.Equal("IndexKeySpecsConflict", sameNameOtherKey["codeName"].AsString);
        Assert.Equal(85, sameNameOtherOptions["code"].AsInt32);
        Assert.Equal(85, sameKeyOtherName["code"].AsInt32);
        Assert.Equal(197, badOption["code"].AsInt32);
        Assert.Equal(67, badKey["code"].AsInt32);
    }

    [Fact]
    public async Task CreateIndexes_UniqueOverDuplicates_FailsAndBuildsNothing()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument("sku", "x"), new BsonDocument("sku", "x") } } }, db);

        var reply = await client.RunAsync(CreateIndexes("c", Index(new BsonDocument("sku", 1), "sku_1", new BsonDocument("unique", true))), db);
        var indexes = await client.RunAsync(new BsonDocument("listIndexes", "c"), db);

        Assert.Equal(11000, reply["code"].AsInt32);
        Assert.Equal("DuplicateKey", reply["codeName"].AsString);
        Assert.Single(indexes["cursor"]["firstBatch"].AsBsonArray);
    }

    [Fact]
    public async Task ListIndexes_ReportsNormalisedSpecs()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(CreateIndexes(
            "c",
            Index(new BsonDocument("sku", 1), "sku_1", new BsonDocument { { "unique", true }, { "background", true } }),
            Index(new BsonDocument("score", -1), "score_-1", new BsonDocument("partialFilterExpression", new BsonDocument("active", true))),
            Index(new BsonDocument("at", 1), "at_1", new BsonDocument("expireAfterSeconds", 60)),
            Index(new BsonDocument { { "a", 1 }, { "b", -1 } }, "a_then_b", new BsonDocument("sparse", 1))), db);

        var reply = await client.RunAsync(new BsonDocument("listIndexes", "c"), db);

        var specs = reply["cursor"]["firstBatch"].AsBsonArray;
        Assert.Equal($"{db}.$cmd.listIndexes.c", reply["cursor"]["ns"].AsString);
        Assert.Equal(new BsonDocument { { "v", 2 }, { "key", new BsonDocument("_id", 1) }, { "name", "_id_" } }, specs[0]);
        Assert.Equal(new BsonDocument { { "v", 2 }, { "key", new BsonDocument("sku", 1) }, { "name", "sku_1" }, { "unique", true } }, specs[1]);
        Assert.Equal(new BsonDocument { { "v", 2 }, { "key", new BsonDocument("score", -1) }, { "name", "score_-1" }, { "partialFilterExpression", new BsonDocument("active", true) } }, specs[2]);
        Assert.Equal(new BsonDocument { { "v", 2 }, { "key", new BsonDocument("at", 1) }, { "name", "at_1" }, { "expireAfterSeconds", 60 } }, specs[3]);
        Assert.Equal(new BsonDocument { { "v", 2 }, { "key", new BsonDocument { { "a", 1 }, { "b", -1 } } }, { "name", "a_then_b" }, { "sparse", true } }, specs[4]);
    }

    [Fact]
    public async Task ListIndexes_MissingCollection_FailsWithNamespaceNotFound()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("listIndexes", "nothing"), fixture.CreateDatabaseName());

        Assert.Equal(26, reply["code"].AsInt32);
        Assert.Equal("NamespaceNotFound", reply["codeName"].AsString);
    }

    [Fact]
    public async Task DropIndexes_ByNameKeyAndStar_AndErrors()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(CreateIndexes("c", Index(new BsonDocument("a", 1), "a_1"), Index(new BsonDocument("b", 1), "b_1"), Index(new BsonDocument("c", 1), "c_1")), db);

        var byName = await client.RunAsync(new BsonDocument { { "dropIndexes", "c" }, { "index", "a_1" } }, db);
        var byKey = await client.RunAsync(new BsonDocument { { "dropIndexes", "c" }, { "index", new BsonDocument("b", 1) } }, db);
        var missing = await client.RunAsync(new BsonDocument { { "dropIndexes", "c" }, { "index", "a_1" } }, db);
        var idIndex = await client.RunAsync(new BsonDocument { { "dropIndexes", "c" }, { "index", "_id_" } }, db);
        var star = await client.RunAsync(new BsonDocument { { "dropIndexes", "c" }, { "index", "*" } }, db);
        var noCollection = await client.RunAsync(new BsonDocument { { "dropIndexes", "zz" }, { "index", "*" } }, db);

        Assert.Equal(4, byName["nIndexesWas"].AsInt32);
        Assert.Equal(3, byKey["nIndexesWas"].AsInt32);
        Assert.Equal(27, missing["code"].AsInt32);
        Assert.Equal("index not found with name [a_1]", missing["errmsg"].AsString);
        Assert.Equal(72, idIndex["code"].AsInt32);
        Assert.Equal(2, star["nIndexesWas"].AsInt32);
        Assert.Equal(26, noCollection["code"].AsInt32);
    }

    [Fact]
    public async Task Create_ExistingWithOtherOptions_FailsWithNamespaceExists()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "create", "v" }, { "validator", new BsonDocument("a", 1) } }, db);

        var same = await client.RunAsync(new BsonDocument { { "create", "v" }, { "validator", new BsonDocument("a", 1) } }, db);
        var other = await client.RunAsync(new BsonDocument("create", "v"), db);

        Assert.Equal(1.0, same["ok"].AsDouble);
        Assert.Equal(48, other["code"].AsInt32);
        Assert.Equal("NamespaceExists", other["codeName"].AsString);
    }

    [Fact]
    public async Task CappedCollection_KeepsTheNewestDocuments()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var withoutSize = await client.RunAsync(new BsonDocument { { "create", "bad" }, { "capped", true } }, db);
        await client.RunOkAsync(new BsonDocument { { "create", "log" }, { "capped", true }, { "size", 4096 }, { "max", 3 } }, db);
        for (var i = 0; i < 5; i++)
        {
            await client.RunOkAsync(new BsonDocument { { "insert", "log" }, { "documents", new BsonArray { new BsonDocument("_id", i) } } }, db);
        }

        var all = await client.RunAsync(new BsonDocument("find", "log"), db);
        var stats = await client.RunAsync(new BsonDocument("collStats", "log"), db);

        Assert.Equal(72, withoutSize["code"].AsInt32);
        Assert.Equal(new[] { 2, 3, 4 }, all["cursor"]["firstBatch"].AsBsonArray.Select(d => d["_id"].AsInt32));
        Assert.True(stats["capped"].AsBoolean);
        Assert.Equal(3, stats["max"].AsInt32);
    }

    [Fact]
    public async Task ListCollections_DescribesCollections()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "create", "people" }, { "validator", new BsonDocument("name", "x") }, { "validationLevel", "moderate" } }, db);
        await client.RunOkAsync(new BsonDocument { { "insert", "items" }, { "documents", new BsonArray { new BsonDocument() } } }, db);

        var all = await client.RunAsync(new BsonDocument("listCollections", 1), db);
        var filtered = await client.RunAsync(new BsonDocument { { "listCollections", 1 }, { "filter", new BsonDocument("name", "people") } }, db);
        var names = await client.RunAsync(new BsonDocument { { "listCollections", 1 }, { "nameOnly", true } }, db);

        Assert.Equal($"{db}.$cmd.listCollections", all["cursor"]["ns"].AsString);
        Assert.Equal(2, all["cursor"]["firstBatch"].AsBsonArray.Count);
        var people = filtered["cursor"]["firstBatch"].AsBsonArray.Single().AsBsonDocument;
        Assert.Equal("collection", people["type"].AsString);
        Assert.Equal(new BsonDocument { { "validator", new BsonDocument("name", "x") }, { "validationLevel", "moderate" } }, people["options"]);
        Assert.False(people["info"]["readOnly"].AsBoolean);
        Assert.Equal(MongoPatterns.Bson.BsonBinarySubType.UuidStandard, people["info"]["uuid"].AsBsonBinaryData.SubType);
        Assert.Equal(new BsonDocument { { "v", 2 }, { "key", new BsonDocument("_id", 1) }, { "name", "_id_" } }, people["idIndex"]);
        Assert.Equal(new BsonDocument { { "name", "items" }, { "type", "collection" } }, names["cursor"]["firstBatch"][0]);
    }

    [Fact]
    public async Task Drop_ExistingAndMissingCollections_Succeed()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument() } } }, db);

        var dropped = await client.RunAsync(new BsonDocument("drop", "c"), db);
        var missing = await client.RunAsync(new BsonDocument("drop", "c"), db);

        Assert.Equal(new BsonDocument { { "nIndexesWas", 1 }, { "ns", db + ".c" }, { "ok", 1.0 } }, dropped);
        Assert.Equal(1.0, missing["ok"].AsDouble);
    }

    [Fact]
    public async Task RenameCollection_MovesDocumentsAndChecksTarget()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "insert", "a" }, { "documents", new BsonArray { new BsonDocument("_id", 1) } } }, db);
        await client.RunOkAsync(new BsonDocument { { "insert", "b" }, { "documents", new BsonArray { new BsonDocument("_id", 2) } } }, db);

        var notAdmin = await client.RunAsync(new BsonDocument { { "renameCollection", db + ".a" }, { "to", db + ".x" } }, db);
        var exists = await client.RunAsync(new BsonDocument { { "renameCollection", db + ".a" }, { "to", db + ".b" } });
        var renamed = await client.RunAsync(new BsonDocument { { "renameCollection", db + ".a" }, { "to", db + ".b" }, { "dropTarget", true } });
        var missing = await client.RunAsync(new BsonDocument { { "renameCollection", db + ".a" }, { "to", db + ".c" } });
        var found = await client.RunAsync(new BsonDocument("find", "b"), db);

        Assert.Equal(13, notAdmin["code"].AsInt32);
        Assert.Equal(48, exists["code"].AsInt32);
        Assert.Equal(1.0, renamed["ok"].AsDouble);
        Assert.Equal(26, missing["code"].AsInt32);
        Assert.Equal(new BsonArray { new BsonDocument("_id", 1) }, found["cursor"]["firstBatch"]);
    }

    [Fact]
    public async Task CollMod_HidesIndexAndChangesTtl()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(CreateIndexes("c", Index(new BsonDocument("at", 1), "at_1", new BsonDocument("expireAfterSeconds", 60))), db);

        var reply = await client.RunAsync(new BsonDocument { { "collMod", "c" }, { "index", new BsonDocument { { "name", "at_1" }, { "expireAfterSeconds", 120 }, { "hidden", true } } } }, db);
        var indexes = await client.RunAsync(new BsonDocument("listIndexes", "c"), db);
        var missing = await client.RunAsync(new BsonDocument("collMod", "zz"), db);

        Assert.Equal(60, reply["expireAfterSeconds_old"].AsInt32);
        Assert.Equal(120, reply["expireAfterSeconds_new"].AsInt32);
        var spec = indexes["cursor"]["firstBatch"][1].AsBsonDocument;
        Assert.Equal(120, spec["expireAfterSeconds"].AsInt32);
        Assert.True(spec["hidden"].AsBoolean);
        Assert.Equal(26, missing["code"].AsInt32);
    }

    [Fact]
    public async Task Stats_ReportCountsAndSizes()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument("_id", 1), new BsonDocument("_id", 2) } } }, db);

        var dbStats = await client.RunAsync(new BsonDocument("dbStats", 1), db);
        var collStats = await client.RunAsync(new BsonDocument("collStats", "c"), db);

        Assert.Equal(db, dbStats["db"].AsString);
        Assert.Equal(1, dbStats["collections"].AsInt32);
        Assert.Equal(2L, dbStats["objects"].AsInt64);
        Assert.Equal(2, collStats["count"].AsInt32);
        Assert.Equal(1, collStats["nindexes"].AsInt32);
        Assert.True(collStats["indexSizes"].AsBsonDocument.Contains("_id_"));
        Assert.Equal(db + ".c", collStats["ns"].AsString);
    }

    [Fact]
    public async Task ListAndDropDatabases()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument() } } }, db);

        var listed = await client.RunAsync(new BsonDocument { { "listDatabases", 1 }, { "filter", new BsonDocument("name", db) } });
        var names = await client.RunAsync(new BsonDocument { { "listDatabases", 1 }, { "nameOnly", true } });
        var dropped = await client.RunAsync(new BsonDocument("dropDatabase", 1), db);
        var after = await client.RunAsync(new BsonDocument { { "listDatabases", 1 }, { "filter", new BsonDocument("name", db) } });

        var entry = listed["databases"].AsBsonArray.Single().AsBsonDocument;
        Assert.Equal(db, entry["name"].AsString);
        Assert.False(entry["empty"].AsBoolean);
        Assert.True(entry["sizeOnDisk"].ToInt64() > 0);
        Assert.True(listed.Contains("totalSize"));
        Assert.False(names.Contains("totalSize"));
        Assert.Equal(new BsonDocument { { "dropped", db }, { "ok", 1.0 } }, dropped);
        Assert.Empty(after["databases"].AsBsonArray);
    }
}
