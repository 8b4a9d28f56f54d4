using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Commands;

public class IndexedQueryTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private async Task<(WireTestClient Client, string Db)> SeedAsync(params BsonDocument[] indexes)
    {
        var db = fixture.CreateDatabaseName();
        var client = await fixture.ConnectAsync();
        var docs = new BsonArray
        {
            new BsonDocument { { "_id", 1 }, { "n", 5 }, { "tags", new BsonArray { 1, 10 } }, { "s", "apple" } },
            new BsonDocument { { "_id", 2 }, { "n", 7.5 }, { "tags", new BsonArray { 6 } }, { "s", "banana" } },
            new BsonDocument { { "_id", 3 }, { "n", 10L }, { "tags", 3 }, { "s", "cherry" } },
            new BsonDocument { { "_id", 4 }, { "n", "text" }, { "tags", new BsonArray() }, { "s", 12 } },
            new BsonDocument { { "_id", 5 }, { "tags", new BsonArray { 7, 20 } } },
        };
        await client.RunOkAsync(new BsonDocument { { "insert", "c" }, { "documents", docs } }, db);
        if (indexes.Length > 0)
        {
            await client.RunOkAsync(new BsonDocument { { "createIndexes", "c" }, { "indexes", new BsonArray(indexes) } }, db);
        }

        return (client, db);
    }

    private static BsonDocument Index(string field, int direction = 1) => new() { { "key", new BsonDocument(field, direction) }, { "name", $"{field}_{direction}" } };

    private static async Task<int[]> IdsAsync(WireTestClient client, string db, BsonDocument filter, BsonValue? hint = null)
    {
        var command = new BsonDocument { { "find", "c" }, { "filter", filter }, { "sort", new BsonDocument("_id", 1) } };
        if (hint is not null)
        {
            command.Add("hint", hint);
        }

        var reply = await client.RunOkAsync(command, db);
        return reply["cursor"]["firstBatch"].AsBsonArray.Select(d => d["_id"].AsInt32).ToArray();
    }

    public static TheoryData<BsonDocument, int[]> Filters => new()
    {
        { new BsonDocument("n", new BsonDocument { { "$gt", 5 }, { "$lte", 10 } }), [2, 3] },
        { new BsonDocument("n", new BsonDocument("$gte", 5)), [1, 2, 3] },
        { new BsonDocument("n", new BsonDocument("$lt", 8)), [1, 2] },
        { new BsonDocument("n", new BsonDocument("$in", new BsonArray { 5, "text", 99 })), [1, 4] },
        { new BsonDocument("n", 10), [3] },
        { new BsonDocument("n", new BsonDocument("$gt", "a")), [4] },
        { new BsonDocument("tags", new BsonDocument { { "$gt", 5 }, { "$lt", 8 } }), [1, 2, 5] },
        { new BsonDocument("tags", new BsonDocument("$elemMatch", new BsonDocument { { "$gt", 5 }, { "$lt", 8 } })), [2, 5] },
        { new BsonDocument("tags", 10), [1] },
        { new BsonDocument("s", new BsonDocument("$gte", "b")), [2, 3] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task IndexedAndScannedQueries_ReturnTheSameDocuments(BsonDocument filter, int[] expected)
    {
        var (plain, plainDb) = await SeedAsync();
        var (ascending, ascendingDb) = await SeedAsync(Index("n"), Index("tags"), Index("s"));
        var (descending, descendingDb) = await SeedAsync(Index("n", -1), Index("tags", -1), Index("s", -1));
        await using var _ = plain;
        await using var __ = ascending;
        await using var ___ = descending;

        Assert.Equal(expected, await IdsAsync(plain, plainDb, filter));
        Assert.Equal(expected, await IdsAsync(ascending, ascendingDb, filter));
        Assert.Equal(expected, await IdsAsync(descending, descendingDb, filter));
    }

    public static TheoryData<BsonDocument> Sorts => new()
    {
        new BsonDocument("n", 1),
        new BsonDocument("n", -1),
        new BsonDocument("s", 1),
        new BsonDocument { { "s", -1 }, { "n", 1 } },
        new BsonDocument("tags", 1),
        new BsonDocument("_id", -1),
    };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task SortedFind_ReadThroughAnIndex_MatchesTheInMemorySort(BsonDocument sort)
    {
        var compound = new BsonDocument { { "key", new BsonDocument { { "s", 1 }, { "n", -1 } } }, { "name", "s_1_n_-1" } };
        var (plain, plainDb) = await SeedAsync();
        var (indexed, indexedDb) = await SeedAsync(Index("n", -1), compound, Index("tags"));
        await using var _ = plain;
        await using var __ = indexed;

        async Task<int[]> SortedAsync(WireTestClient client, string db, int limit)
        {
            var reply = await client.RunOkAsync(new BsonDocument { { "find", "c" }, { "sort", sort }, { "limit", limit } }, db);
            return reply["cursor"]["firstBatch"].AsBsonArray.Select(d => d["_id"].AsInt32).ToArray();
        }

        Assert.Equal(await SortedAsync(plain, plainDb, 0), await SortedAsync(indexed, indexedDb, 0));
        Assert.Equal(await SortedAsync(plain, plainDb, 2), await SortedAsync(indexed, indexedDb, 2));
    }

    [Fact]
    public async Task RangeOnIndexedField_IsAnIndexScan()
    {
        var (client, db) = await SeedAsync(Index("n"));
        await using var _ = client;

        var explain = await client.RunAsync(new BsonDocument("explain", new BsonDocument { { "find", "c" }, { "filter", new BsonDocument("n", new BsonDocument("$gt", 6)) } }), db);

        Assert.Equal("IXSCAN", explain["queryPlanner"]["winningPlan"]["inputStage"]["stage"].AsString);
        Assert.Equal(2, explain["executionStats"]["totalDocsExamined"].AsInt32);
    }

    [Fact]
    public async Task TextSearch_UsesTheTextIndex_AndProjectsAndSortsByScore()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument
        {
            { "insert", "articles" },
            {
                "documents", new BsonArray
                {
                    new BsonDocument { { "_id", 1 }, { "title", "Coffee shops" }, { "body", "coffee coffee everywhere" } },
                    new BsonDocument { { "_id", 2 }, { "title", "Tea" }, { "body", "a little coffee" } },
                    new BsonDocument { { "_id", 3 }, { "title", "Juice" }, { "body", "oranges" } },
                }
            },
        }, db);
        var missingIndex = await client.RunAsync(new BsonDocument { { "find", "articles" }, { "filter", new BsonDocument("$text", new BsonDocument("$search", "coffee")) } }, db);
        await client.RunOkAsync(new BsonDocument { { "createIndexes", "articles" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument { { "title", "text" }, { "body", "text" } } }, { "name", "title_text_body_text" }, { "weights", new BsonDocument("title", 10) } } } } }, db);

        var reply = await client.RunOkAsync(new BsonDocument
        {
            { "find", "articles" },
            { "filter", new BsonDocument("$text", new BsonDocument("$search", "coffee")) },
            { "projection", new BsonDocument { { "title", 1 }, { "score", new BsonDocument("$meta", "textScore") } } },
            { "sort", new BsonDocument("score", new BsonDocument("$meta", "textScore")) },
        }, db);
        var spec = (await client.RunOkAsync(new BsonDocument("listIndexes", "articles"), db))["cursor"]["firstBatch"][1].AsBsonDocument;

        Assert.Equal(27, missingIndex["code"].AsInt32);
        Assert.Equal("text index required for $text query", missingIndex["errmsg"].AsString);
        var results = reply["cursor"]["firstBatch"].AsBsonArray;
        Assert.Equal(new[] { 1, 2 }, results.Select(d => d["_id"].AsInt32));
        Assert.True(results[0]["score"].AsDouble > results[1]["score"].AsDouble);
        Assert.Equal(new BsonDocument { { "_fts", "text" }, { "_ftsx", 1 } }, spec["key"]);
        Assert.Equal(new BsonDocument { { "body", 1 }, { "title", 10 } }, spec["weights"]);
        Assert.Equal("english", spec["default_language"].AsString);
        Assert.Equal(3, spec["textIndexVersion"].AsInt32);
    }
}
