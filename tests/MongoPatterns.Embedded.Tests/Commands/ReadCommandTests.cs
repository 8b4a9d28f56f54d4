using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Commands;

public class ReadCommandTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private async Task<(WireTestClient Client, string Db)> SeedAsync(int count)
    {
        var db = fixture.CreateDatabaseName();
        var client = await fixture.ConnectAsync();
        var docs = new BsonArray();
        for (var k = 0; k < count; k++)
        {
            var i = (k * 97) % count;
            docs.Add(new BsonDocument { { "_id", "n" + i }, { "i", i }, { "parity", i % 2 } });
        }

        await client.RunOkAsync(new BsonDocument { { "insert", "numbers" }, { "documents", docs } }, db);
        return (client, db);
    }

    [Fact]
    public async Task Find_BatchSizeAndGetMore_ReturnEverythingInSortOrder()
    {
        var (client, db) = await SeedAsync(250);
        await using var _ = client;

        var first = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "sort", new BsonDocument("i", 1) }, { "batchSize", 7 } }, db);
        var seen = first["cursor"]["firstBatch"].AsBsonArray.Select(d => d["i"].AsInt32).ToList();
        var id = first["cursor"]["id"].AsInt64;
        var getMores = 0;
        BsonDocument last = first;
        while (id != 0)
        {
            last = await client.RunAsync(new BsonDocument { { "getMore", id }, { "collection", "numbers" }, { "batchSize", 7 } }, db);
            getMores++;
            seen.AddRange(last["cursor"]["nextBatch"].AsBsonArray.Select(d => d["i"].AsInt32));
            id = last["cursor"]["id"].AsInt64;
        }

        Assert.Equal(Enumerable.Range(0, 250), seen);
        Assert.Equal(35, getMores);
        Assert.Equal(5, last["cursor"]["nextBatch"].AsBsonArray.Count);
        Assert.Equal($"{db}.numbers", last["cursor"]["ns"].AsString);
    }

    [Fact]
    public async Task Find_DefaultFirstBatch_Is101Documents()
    {
        var (client, db) = await SeedAsync(150);
        await using var _ = client;

        var first = await client.RunAsync(new BsonDocument("find", "numbers"), db);
        var more = await client.RunAsync(new BsonDocument { { "getMore", first["cursor"]["id"] }, { "collection", "numbers" } }, db);

        Assert.Equal(101, first["cursor"]["firstBatch"].AsBsonArray.Count);
        Assert.Equal(49, more["cursor"]["nextBatch"].AsBsonArray.Count);
        Assert.Equal(0L, more["cursor"]["id"].AsInt64);
    }

    [Fact]
    public async Task Find_SkipLimitAndSingleBatch_ReturnTheWindow()
    {
        var (client, db) = await SeedAsync(50);
        await using var _ = client;

        var window = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "sort", new BsonDocument("i", -1) }, { "skip", 3 }, { "limit", 4 } }, db);
        var single = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "batchSize", 2 }, { "singleBatch", true } }, db);
        var beyond = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "skip", 300 } }, db);

        Assert.Equal(new[] { 46, 45, 44, 43 }, window["cursor"]["firstBatch"].AsBsonArray.Select(d => d["i"].AsInt32));
        Assert.Equal(0L, window["cursor"]["id"].AsInt64);
        Assert.Equal(2, single["cursor"]["firstBatch"].AsBsonArray.Count);
        Assert.Equal(0L, single["cursor"]["id"].AsInt64);
        Assert.Empty(beyond["cursor"]["firstBatch"].AsBsonArray);
    }

    [Fact]
    public async Task Find_Projection_IncludesAndExcludes()
    {
        var (client, db) = await SeedAsync(3);
        await using var _ = client;

        var included = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "filter", new BsonDocument("_id", "n1") }, { "projection", new BsonDocument { { "_id", 0 }, { "i", 1 } } } }, db);
        var excluded = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "filter", new BsonDocument("_id", "n1") }, { "projection", new BsonDocument("parity", 0) } }, db);

        Assert.Equal(new BsonDocument("i", 1), included["cursor"]["firstBatch"][0]);
        Assert.Equal(new BsonDocument { { "_id", "n1" }, { "i", 1 } }, excluded["cursor"]["firstBatch"][0]);
    }

    [Fact]
    public async Task Find_NaturalSortDescending_ReturnsReverseInsertionOrder()
    {
        var (client, db) = await SeedAsync(5);
        await using var _ = client;

        var reply = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "sort", new BsonDocument("$natural", -1) } }, db);

        Assert.Equal(new[] { 3, 1, 4, 2, 0 }, reply["cursor"]["firstBatch"].AsBsonArray.Select(d => d["i"].AsInt32));
    }

    [Fact]
    public async Task Find_TailableOnNonCappedCollection_FailsWithBadValue()
    {
        var (client, db) = await SeedAsync(1);
        await using var _ = client;

        var reply = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "tailable", true } }, db);

        Assert.Equal(2, reply["code"].AsInt32);
    }

    [Fact]
    public async Task Find_HintToHiddenOrMissingIndex_FailsWithBadValue()
    {
        var (client, db) = await SeedAsync(3);
        await using var _ = client;
        await client.RunOkAsync(new BsonDocument { { "createIndexes", "numbers" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument("i", 1) }, { "name", "i_1" }, { "hidden", true } } } } }, db);

        var hidden = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "hint", "i_1" } }, db);
        var missing = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "hint", new BsonDocument("zz", 1) } }, db);

        Assert.Equal(2, hidden["code"].AsInt32);
        Assert.Equal(2, missing["code"].AsInt32);
    }

    [Fact]
    public async Task Find_LargeDocuments_SplitBatchesAt16MiB()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        var big = new string('x', 5 * 1024 * 1024);
        for (var i = 0; i < 5; i++)
        {
            await client.RunOkAsync(new BsonDocument { { "insert", "big" }, { "documents", new BsonArray { new BsonDocument { { "_id", i }, { "s", big } } } } }, db);
        }

        var first = await client.RunAsync(new BsonDocument("find", "big"), db);
        var more = await client.RunAsync(new BsonDocument { { "getMore", first["cursor"]["id"] }, { "collection", "big" } }, db);

        Assert.Equal(3, first["cursor"]["firstBatch"].AsBsonArray.Count);
        Assert.Equal(2, more["cursor"]["nextBatch"].AsBsonArray.Count);
    }

    [Fact]
    public async Task Find_LetVariables_AreEvaluatedOnceAndUsableInExpr()
    {
        var (client, db) = await SeedAsync(10);
        await using var _ = client;

        var reply = await client.RunAsync(new BsonDocument
        {
            { "find", "numbers" },
            { "filter", new BsonDocument("$expr", new BsonDocument("$eq", new BsonArray { "$i", "$$target" })) },
            { "let", new BsonDocument("target", new BsonDocument("$add", new BsonArray { 1, 2 })) },
        }, db);

        Assert.Equal(3, reply["cursor"]["firstBatch"].AsBsonArray.Single()["i"].AsInt32);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("has-dash")]
    public async Task Find_InvalidLetVariableName_FailsToParse(string name)
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument { { "find", "c" }, { "let", new BsonDocument(name, 1) } }, "test");

        Assert.Equal(9, reply["code"].AsInt32);
    }

    [Fact]
    public async Task Find_MissingCollection_ReturnsEmptyClosedCursor()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument("find", "nothing"), fixture.CreateDatabaseName());

        Assert.Empty(reply["cursor"]["firstBatch"].AsBsonArray);
        Assert.Equal(0L, reply["cursor"]["id"].AsInt64);
    }

    [Fact]
    public async Task KillCursors_ThenGetMore_FailsWithCursorNotFound()
    {
        var (client, db) = await SeedAsync(20);
        await using var _ = client;
        var first = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "batchSize", 2 } }, db);
        var id = first["cursor"]["id"].AsInt64;

        var killed = await client.RunAsync(new BsonDocument { { "killCursors", "numbers" }, { "cursors", new BsonArray { id, 12345L } } }, db);
        var more = await client.RunAsync(new BsonDocument { { "getMore", id }, { "collection", "numbers" } }, db);

        Assert.Equal(new BsonArray { id }, killed["cursorsKilled"]);
        Assert.Equal(new BsonArray { 12345L }, killed["cursorsNotFound"]);
        Assert.Equal(new BsonArray(), killed["cursorsAlive"]);
        Assert.Equal(new BsonArray(), killed["cursorsUnknown"]);
        Assert.Equal(43, more["code"].AsInt32);
        Assert.Equal("CursorNotFound", more["codeName"].AsString);
    }

    [Fact]
    public async Task GetMore_OtherNamespace_IsRefused()
    {
        var (client, db) = await SeedAsync(20);
        await using var _ = client;
        var first = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "batchSize", 2 } }, db);

        var reply = await client.RunAsync(new BsonDocument { { "getMore", first["cursor"]["id"] }, { "collection", "other" } }, db);
        var stillOpen = await client.RunAsync(new BsonDocument { { "getMore", first["cursor"]["id"] }, { "collection", "numbers" } }, db);

        Assert.Equal(13, reply["code"].AsInt32);
        Assert.Equal(1.0, stillOpen["ok"].AsDouble);
    }

    [Fact]
    public async Task GetMore_WithMaxTimeMSOnANormalCursor_FailsWithBadValue()
    {
        var (client, db) = await SeedAsync(5);
        await using var _ = client;
        var first = await client.RunAsync(new BsonDocument { { "find", "numbers" }, { "batchSize", 1 } }, db);

        var reply = await client.RunAsync(new BsonDocument { { "getMore", first["cursor"]["id"] }, { "collection", "numbers" }, { "maxTimeMS", 100 } }, db);

        Assert.Equal(2, reply["code"].AsInt32);
    }

    [Fact]
    public async Task GetMore_IntId_FailsWithTypeMismatch()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument { { "getMore", 5 }, { "collection", "c" } }, "test");

        Assert.Equal(14, reply["code"].AsInt32);
    }

    [Fact]
    public async Task Count_WithQuerySkipAndLimit_CountsTheWindow()
    {
        var (client, db) = await SeedAsync(40);
        await using var _ = client;

        var all = await client.RunAsync(new BsonDocument("count", "numbers"), db);
        var even = await client.RunAsync(new BsonDocument { { "count", "numbers" }, { "query", new BsonDocument("parity", 0) } }, db);
        var window = await client.RunAsync(new BsonDocument { { "count", "numbers" }, { "query", new BsonDocument("parity", 0) }, { "skip", 5 }, { "limit", 10 } }, db);
        var missing = await client.RunAsync(new BsonDocument("count", "nothing"), db);

        Assert.Equal(40, all["n"].AsInt32);
        Assert.Equal(20, even["n"].AsInt32);
        Assert.Equal(10, window["n"].AsInt32);
        Assert.Equal(0, missing["n"].AsInt32);
    }

    [Fact]
    public async Task Distinct_UnwindsArraysAndReturnsSortedValues()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument
        {
            { "insert", "c" },
            {
                "documents", new BsonArray
                {
                    new BsonDocument { { "tags", new BsonArray { "b", "a" } }, { "address", new BsonDocument("city", "Rome") } },
                    new BsonDocument { { "tags", new BsonArray { "c", "b" } }, { "address", new BsonDocument("city", "Oslo") } },
                    new BsonDocument { { "tags", "d" } },
                }
            },
        }, db);

        var tags = await client.RunAsync(new BsonDocument { { "distinct", "c" }, { "key", "tags" } }, db);
        var cities = await client.RunAsync(new BsonDocument { { "distinct", "c" }, { "key", "address.city" } }, db);
        var none = await client.RunAsync(new BsonDocument { { "distinct", "c" }, { "key", "nothing" } }, db);

        Assert.Equal(new BsonArray { "a", "b", "c", "d" }, tags["values"]);
        Assert.Equal(new BsonArray { "Oslo", "Rome" }, cities["values"]);
        Assert.Equal(new BsonArray(), none["values"]);
    }

    [Fact]
    public async Task Collation_AppliesToFindSortDistinctAggregateAndCollectionDefault()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        var caseInsensitive = new BsonDocument { { "locale", "en_US" }, { "strength", 2 } };
        await client.RunOkAsync(new BsonDocument { { "create", "folded" }, { "collation", caseInsensitive } }, db);
        foreach (var collection in new[] { "c", "folded" })
        {
            await client.RunOkAsync(new BsonDocument
            {
                { "insert", collection },
                { "documents", new BsonArray { new BsonDocument { { "_id", 1 }, { "x", "b" } }, new BsonDocument { { "_id", 2 }, { "x", "PING" } }, new BsonDocument { { "_id", 3 }, { "x", "ping" } } } },
            }, db);
        }

        await client.RunOkAsync(new BsonDocument { { "createIndexes", "c" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument("x", 1) }, { "name", "x_1" } } } } }, db);

        var found = await client.RunAsync(new BsonDocument { { "find", "c" }, { "filter", new BsonDocument("x", "ping") }, { "collation", caseInsensitive } }, db);
        var hinted = await client.RunAsync(new BsonDocument { { "find", "c" }, { "filter", new BsonDocument("x", "ping") }, { "hint", "x_1" }, { "collation", caseInsensitive } }, db);
        var binary = await client.RunAsync(new BsonDocument { { "find", "c" }, { "filter", new BsonDocument("x", "ping") } }, db);
        var sorted = await client.RunAsync(new BsonDocument { { "find", "c" }, { "sort", new BsonDocument { { "x", 1 }, { "_id", -1 } } }, { "collation", caseInsensitive } }, db);
        var distinct = await client.RunAsync(new BsonDocument { { "distinct", "c" }, { "key", "x" }, { "collation", caseInsensitive } }, db);
        var aggregated = await client.RunAsync(new BsonDocument
        {
            { "aggregate", "c" },
            { "pipeline", new BsonArray { new BsonDocument("$match", new BsonDocument("x", "PING")), new BsonDocument("$sort", new BsonDocument("_id", -1)) } },
            { "cursor", new BsonDocument() },
            { "collation", caseInsensitive },
        }, db);
        var byDefault = await client.RunAsync(new BsonDocument { { "find", "folded" }, { "filter", new BsonDocument("x", "Ping") } }, db);
        var simple = await client.RunAsync(new BsonDocument { { "find", "folded" }, { "filter", new BsonDocument("x", "Ping") }, { "collation", new BsonDocument("locale", "simple") } }, db);

        static int[] Ids(BsonDocument reply, string batch = "firstBatch") => reply["cursor"][batch].AsBsonArray.Select(d => d["_id"].AsInt32).ToArray();
        Assert.Equal([2, 3], Ids(found));
        Assert.Equal([2, 3], Ids(hinted).Order());
        Assert.Equal([3], Ids(binary));
        Assert.Equal([1, 3, 2], Ids(sorted));
        Assert.Equal(new BsonArray { "b", "PING" }, distinct["values"]);
        Assert.Equal([3, 2], Ids(aggregated));
        Assert.Equal([2, 3], Ids(byDefault));
        Assert.Empty(Ids(simple));
    }

    [Fact]
    public async Task Aggregate_GroupWithCollation_GroupsKeysTheCollationEquates()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument
        {
            { "insert", "c" },
            { "documents", new BsonArray { new BsonDocument { { "_id", 1 }, { "k", "a" } }, new BsonDocument { { "_id", 2 }, { "k", "A" } }, new BsonDocument { { "_id", 3 }, { "k", "b" } } } },
        }, db);
        var pipeline = new BsonArray
        {
            new BsonDocument("$group", new BsonDocument { { "_id", "$k" }, { "n", new BsonDocument("$sum", 1) } }),
            new BsonDocument("$sort", new BsonDocument("_id", 1)),
        };

        var collated = await client.RunAsync(new BsonDocument { { "aggregate", "c" }, { "pipeline", pipeline }, { "cursor", new BsonDocument() }, { "collation", new BsonDocument { { "locale", "en" }, { "strength", 2 } } } }, db);
        var binary = await client.RunAsync(new BsonDocument { { "aggregate", "c" }, { "pipeline", pipeline }, { "cursor", new BsonDocument() } }, db);

        Assert.Equal(
            new BsonArray { new BsonDocument { { "_id", "a" }, { "n", 2 } }, new BsonDocument { { "_id", "b" }, { "n", 1 } } },
            collated["cursor"]["firstBatch"]);
        Assert.Equal(3, binary["cursor"]["firstBatch"].AsBsonArray.Count);
    }

    [Fact]
    public async Task Aggregate_RuntimeError_CarriesThePlanExecutorPrefixButParseErrorsDoNot()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument { { "_id", 1 }, { "x", 0 } }, new BsonDocument { { "_id", 2 }, { "x", "a" } } } } }, db);

        var runtime = await client.RunAsync(new BsonDocument
        {
            { "aggregate", "c" },
            { "pipeline", new BsonArray { new BsonDocument("$project", new BsonDocument("y", new BsonDocument("$add", new BsonArray { "$x", 1 }))) } },
            { "cursor", new BsonDocument() },
        }, db);
        var parse = await client.RunAsync(new BsonDocument { { "aggregate", "c" }, { "pipeline", new BsonArray { new BsonDocument("$bogus", 1) } }, { "cursor", new BsonDocument() } }, db);

        Assert.Equal(0.0, runtime["ok"].ToDouble());
        Assert.StartsWith("PlanExecutor error during aggregation :: caused by :: ", runtime["errmsg"].AsString, StringComparison.Ordinal);
        Assert.Equal(0.0, parse["ok"].ToDouble());
        Assert.DoesNotContain("PlanExecutor", parse["errmsg"].AsString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aggregate_MatchSkipLimit_UsesCursorBatches()
    {
        var (client, db) = await SeedAsync(30);
        await using var _ = client;

        var first = await client.RunAsync(new BsonDocument
        {
            { "aggregate", "numbers" },
            { "pipeline", new BsonArray { new BsonDocument("$match", new BsonDocument("parity", 1)), new BsonDocument("$skip", 2), new BsonDocument("$limit", 10) } },
            { "cursor", new BsonDocument("batchSize", 4) },
        }, db);
        var more = await client.RunAsync(new BsonDocument { { "getMore", first["cursor"]["id"] }, { "collection", "numbers" } }, db);

        Assert.Equal(4, first["cursor"]["firstBatch"].AsBsonArray.Count);
        Assert.Equal(6, more["cursor"]["nextBatch"].AsBsonArray.Count);
        Assert.Equal(0L, more["cursor"]["id"].AsInt64);
    }

    [Fact]
    public async Task Aggregate_CollStatsAndIndexStats_AreProducedFromStorage()
    {
        var (client, db) = await SeedAsync(12);
        await using var _ = client;

        var stats = await client.RunOkAsync(new BsonDocument
        {
            { "aggregate", "numbers" },
            { "pipeline", new BsonArray { new BsonDocument("$collStats", new BsonDocument { { "storageStats", new BsonDocument() }, { "count", new BsonDocument() } }) } },
            { "cursor", new BsonDocument() },
        }, db);
        var indexStats = await client.RunOkAsync(new BsonDocument
        {
            { "aggregate", "numbers" },
            { "pipeline", new BsonArray { new BsonDocument("$indexStats", new BsonDocument()), new BsonDocument("$project", new BsonDocument { { "_id", 0 }, { "name", 1 } }) } },
            { "cursor", new BsonDocument() },
        }, db);
        var missing = await client.RunAsync(new BsonDocument
        {
            { "aggregate", "nothing" },
            { "pipeline", new BsonArray { new BsonDocument("$collStats", new BsonDocument("storageStats", new BsonDocument())) } },
            { "cursor", new BsonDocument() },
        }, db);

        var doc = stats["cursor"]["firstBatch"][0].AsBsonDocument;
        Assert.Equal($"{db}.numbers", doc["ns"].AsString);
        Assert.Equal(12, doc["count"].AsInt32);
        Assert.Equal(12, doc["storageStats"]["count"].AsInt32);
        Assert.Equal(1, doc["storageStats"]["nindexes"].AsInt32);
        Assert.Equal(new BsonArray { new BsonDocument("name", "_id_") }, indexStats["cursor"]["firstBatch"]);
        Assert.Equal(26, missing["code"].AsInt32);
    }

    [Fact]
    public async Task Aggregate_CurrentOpAndListLocalSessions_OnAdmin()
    {
        await using var client = await fixture.ConnectAsync();
        var session = new BsonDocument("id", new BsonBinaryData(Guid.NewGuid()));
        await client.RunOkAsync(new BsonDocument { { "ping", 1 }, { "lsid", session } });

        var currentOp = await client.RunOkAsync(new BsonDocument { { "aggregate", 1 }, { "pipeline", new BsonArray { new BsonDocument("$currentOp", new BsonDocument()) } }, { "cursor", new BsonDocument() } });
        var sessions = await client.RunOkAsync(new BsonDocument
        {
            { "aggregate", 1 },
            { "pipeline", new BsonArray { new BsonDocument("$listLocalSessions", new BsonDocument()), new BsonDocument("$match", new BsonDocument("_id.id", session["id"])) } },
            { "cursor", new BsonDocument() },
        });
        var notAdmin = await client.RunAsync(new BsonDocument { { "aggregate", 1 }, { "pipeline", new BsonArray { new BsonDocument("$currentOp", new BsonDocument()) } }, { "cursor", new BsonDocument() } }, "test");

        Assert.Equal("command", currentOp["cursor"]["firstBatch"][0]["op"].AsString);
        Assert.Equal("admin.$cmd.aggregate", currentOp["cursor"]["ns"].AsString);
        Assert.Single(sessions["cursor"]["firstBatch"].AsBsonArray);
        Assert.Equal(73, notAdmin["code"].AsInt32);
    }

    [Fact]
    public async Task Aggregate_WithoutCursor_FailsToParse()
    {
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument { { "aggregate", "c" }, { "pipeline", new BsonArray() } }, "test");

        Assert.Equal(9, reply["code"].AsInt32);
    }

    [Fact]
    public async Task Explain_ReportsIdHackIndexScanAndCollectionScan()
    {
        var (client, db) = await SeedAsync(10);
        await using var _ = client;
        await client.RunOkAsync(new BsonDocument { { "createIndexes", "numbers" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument("i", 1) }, { "name", "i_1" } } } } }, db);

        async Task<BsonDocument> PlanOf(BsonDocument filter)
        {
            var reply = await client.RunAsync(new BsonDocument("explain", new BsonDocument { { "find", "numbers" }, { "filter", filter } }), db);
            return reply["queryPlanner"]["winningPlan"].AsBsonDocument;
        }

        Assert.Equal("IDHACK", (await PlanOf(new BsonDocument("_id", "n1")))["stage"].AsString);
        var ixscan = await PlanOf(new BsonDocument("i", 3));
        Assert.Equal("FETCH", ixscan["stage"].AsString);
        Assert.Equal("IXSCAN", ixscan["inputStage"]["stage"].AsString);
        Assert.Equal("i_1", ixscan["inputStage"]["indexName"].AsString);
        Assert.Equal("COLLSCAN", (await PlanOf(new BsonDocument("parity", 1)))["stage"].AsString);
    }
}
