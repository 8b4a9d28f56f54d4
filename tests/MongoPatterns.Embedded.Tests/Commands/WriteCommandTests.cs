using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Commands;

public class WriteCommandTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static BsonDocument Insert(string collection, params BsonDocument[] documents) =>
        new() { { "insert", collection }, { "documents", new BsonArray(documents) } };

    [Fact]
    public async Task Insert_WithoutId_GeneratesObjectIdAsFirstField()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(Insert("c", new BsonDocument { { "name", "a" }, { "qty", 5 } }), db);
        var found = await client.RunAsync(new BsonDocument { { "find", "c" }, { "filter", new BsonDocument() } }, db);

        Assert.Equal(new BsonDocument { { "n", 1 }, { "ok", 1.0 } }, reply);
        var stored = found["cursor"]["firstBatch"][0].AsBsonDocument;
        Assert.Equal(["_id", "name", "qty"], stored.Names);
        Assert.True(stored["_id"].IsObjectId);
    }

    [Fact]
    public async Task Insert_IdNotFirst_IsMovedToFront()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        await client.RunOkAsync(Insert("c", new BsonDocument { { "name", "pear" }, { "_id", "p" } }), db);
        var found = await client.RunAsync(new BsonDocument { { "find", "c" }, { "filter", new BsonDocument("_id", "p") } }, db);

        Assert.Equal(["_id", "name"], found["cursor"]["firstBatch"][0].AsBsonDocument.Names);
    }

    [Fact]
    public async Task Insert_DocumentSequence_IsAccepted()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunWithSequenceAsync(
            new BsonDocument { { "insert", "c" }, { "$db", db } },
            "documents",
            [new BsonDocument("_id", 1), new BsonDocument("_id", 2), new BsonDocument("_id", 3)],
            checksum: true);

        Assert.Equal(3, reply["n"].AsInt32);
    }

    [Fact]
    public async Task Insert_DuplicateId_ReportsWriteErrorWithKeyPatternAndKeyValue()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument("_id", 7)), db);

        var reply = await client.RunAsync(Insert("c", new BsonDocument("_id", 7)), db);

        Assert.Equal(1.0, reply["ok"].AsDouble);
        Assert.Equal(0, reply["n"].AsInt32);
        var error = reply["writeErrors"][0].AsBsonDocument;
        Assert.Equal(0, error["index"].AsInt32);
        Assert.Equal(11000, error["code"].AsInt32);
        Assert.Equal(new BsonDocument("_id", 1), error["keyPattern"]);
        Assert.Equal(new BsonDocument("_id", 7), error["keyValue"]);
        Assert.Equal($"E11000 duplicate key error collection: {db}.c index: _id_ dup key: {{ _id: 7 }}", error["errmsg"].AsString);
    }

    [Fact]
    public async Task Insert_Ordered_StopsAtFirstError()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(Insert("c", new BsonDocument("_id", 1), new BsonDocument("_id", 2), new BsonDocument("_id", 1), new BsonDocument("_id", 3)), db);

        Assert.Equal(2, reply["n"].AsInt32);
        Assert.Single(reply["writeErrors"].AsBsonArray);
        Assert.Equal(2, reply["writeErrors"][0]["index"].AsInt32);
    }

    [Fact]
    public async Task Insert_Unordered_ContinuesPastErrors()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        var command = Insert("c", new BsonDocument("_id", "a"), new BsonDocument("_id", "a"), new BsonDocument("_id", "b"), new BsonDocument("_id", "a"));
        command.Add("ordered", false);

        var reply = await client.RunAsync(command, db);

        Assert.Equal(2, reply["n"].AsInt32);
        Assert.Equal(new BsonArray { 1, 3 }, new BsonArray(reply["writeErrors"].AsBsonArray.Select(e => e["index"])));
    }

    [Fact]
    public async Task Insert_DollarPrefixedAndDottedFieldNames_AreStoredSince50()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(Insert("c", new BsonDocument { { "_id", 1 }, { "$a", 1 }, { "a.b", 2 }, { "c", new BsonDocument("$db", "x") } }), db);
        var idWithDollar = await client.RunAsync(Insert("c", new BsonDocument("_id", new BsonDocument("$a", 1))), db);
        var nullId = await client.RunAsync(Insert("c", new BsonDocument("_id", BsonNull.Value)), db);

        Assert.Equal(1, reply["n"].AsInt32);
        Assert.Equal(52, idWithDollar["writeErrors"][0]["code"].AsInt32);
        Assert.Equal(1, nullId["n"].AsInt32);
    }

    [Fact]
    public async Task Insert_ArrayId_FailsWithInvalidIdField()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(Insert("c", new BsonDocument("_id", new BsonArray { 1 })), db);

        Assert.Equal(53, reply["writeErrors"][0]["code"].AsInt32);
    }

    [Fact]
    public async Task Insert_DocumentLargerThan16MiB_FailsWithBsonObjectTooLarge()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(Insert("c", new BsonDocument { { "_id", 1 }, { "big", new string('x', 16 * 1024 * 1024) } }), db);

        Assert.Equal(10334, reply["writeErrors"][0]["code"].AsInt32);
    }

    [Fact]
    public async Task Insert_EmptyBatch_FailsWithInvalidLength()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(Insert("c"), db);

        Assert.Equal(16, reply["code"].AsInt32);
    }

    [Theory]
    [InlineData("a$b")]
    [InlineData("system.foo")]
    public async Task Insert_InvalidCollectionName_FailsWithInvalidNamespace(string name)
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(Insert(name, new BsonDocument()), db);

        Assert.Equal(73, reply["code"].AsInt32);
    }

    [Fact]
    public async Task Update_SetAndUpsert_ReportCountsAndUpsertedIds()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument { { "_id", 1 }, { "qty", 1 } }), db);

        var reply = await client.RunAsync(new BsonDocument
        {
            { "update", "c" },
            {
                "updates", new BsonArray
                {
                    new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("$set", new BsonDocument("qty", 2)) } },
                    new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("$set", new BsonDocument("qty", 2)) } },
                    new BsonDocument { { "q", new BsonDocument { { "_id", "u1" }, { "kind", "new" } } }, { "u", new BsonDocument("$set", new BsonDocument("qty", 7)) }, { "upsert", true } },
                }
            },
        }, db);
        var upserted = await client.RunAsync(new BsonDocument { { "find", "c" }, { "filter", new BsonDocument("_id", "u1") } }, db);

        Assert.Equal(3, reply["n"].AsInt32);
        Assert.Equal(1, reply["nModified"].AsInt32);
        Assert.Equal(new BsonArray { new BsonDocument { { "index", 2 }, { "_id", "u1" } } }, reply["upserted"]);
        Assert.Equal(new BsonDocument { { "_id", "u1" }, { "kind", "new" }, { "qty", 7 } }, upserted["cursor"]["firstBatch"][0]);
    }

    [Fact]
    public async Task Update_Replacement_KeepsIdAndRecordPosition()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument { { "_id", 1 }, { "a", 1 } }, new BsonDocument { { "_id", 2 }, { "a", 2 } }), db);

        var reply = await client.RunAsync(new BsonDocument
        {
            { "update", "c" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("label", "one") } } } },
        }, db);
        var all = await client.RunAsync(new BsonDocument("find", "c"), db);

        Assert.Equal(1, reply["nModified"].AsInt32);
        Assert.Equal(new BsonArray { new BsonDocument { { "_id", 1 }, { "label", "one" } }, new BsonDocument { { "_id", 2 }, { "a", 2 } } }, all["cursor"]["firstBatch"]);
    }

    [Fact]
    public async Task Update_ReplacementChangingId_FailsWithImmutableField()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument("_id", 1)), db);

        var reply = await client.RunAsync(new BsonDocument
        {
            { "update", "c" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument { { "_id", 2 }, { "x", 1 } } } } } },
        }, db);

        Assert.Equal(66, reply["writeErrors"][0]["code"].AsInt32);
    }

    [Fact]
    public async Task Update_MultiWithReplacement_FailsToParse()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();

        var reply = await client.RunAsync(new BsonDocument
        {
            { "update", "c" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument() }, { "u", new BsonDocument("x", 1) }, { "multi", true } } } },
        }, db);

        Assert.Equal(9, reply["writeErrors"][0]["code"].AsInt32);
    }

    [Fact]
    public async Task UpdateAndDelete_MalformedStatements_FailTheWholeCommand()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument("_id", 1)), db);

        var noQuery = await client.RunAsync(new BsonDocument
        {
            { "update", "c" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonDocument("$set", new BsonDocument("x", 1)) } }, new BsonDocument("u", new BsonDocument()) } },
        }, db);
        var noLimit = await client.RunAsync(new BsonDocument { { "delete", "c" }, { "deletes", new BsonArray { new BsonDocument("q", new BsonDocument()) } } }, db);
        var unchanged = await client.RunAsync(new BsonDocument("find", "c"), db);

        Assert.Equal(40414, noQuery["code"].AsInt32);
        Assert.Equal("BSON field 'update.updates.q' is missing but a required field", noQuery["errmsg"].AsString);
        Assert.Equal(40414, noLimit["code"].AsInt32);
        Assert.Equal(new BsonArray { new BsonDocument("_id", 1) }, unchanged["cursor"]["firstBatch"]);
    }

    [Fact]
    public async Task Update_StatementWithSort_FailsAsUnknownFieldOnTheReportedVersion()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument { { "_id", 1 }, { "x", 1 } }), db);

        var reply = await client.RunAsync(new BsonDocument
        {
            { "update", "c" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument() }, { "u", new BsonDocument("$inc", new BsonDocument("x", 1)) }, { "sort", new BsonDocument("_id", -1) } } } },
        }, db);
        var unchanged = await client.RunAsync(new BsonDocument("find", "c"), db);

        Assert.Equal(40415, reply["code"].AsInt32);
        Assert.Equal("BSON field 'update.updates.sort' is an unknown field.", reply["errmsg"].AsString);
        Assert.Equal(new BsonArray { new BsonDocument { { "_id", 1 }, { "x", 1 } } }, unchanged["cursor"]["firstBatch"]);
    }

    [Fact]
    public async Task Update_PipelineWithLet_BindsTheEvaluatedValuesWithoutEvaluatingThemAgain()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument { { "_id", 1 }, { "x", 1 } }), db);

        await client.RunOkAsync(new BsonDocument
        {
            { "update", "c" },
            { "updates", new BsonArray { new BsonDocument { { "q", new BsonDocument("_id", 1) }, { "u", new BsonArray { new BsonDocument("$set", new BsonDocument { { "text", "$$text" }, { "sum", new BsonDocument("$add", new BsonArray { "$x", "$$n" }) } }) } } } } },
            { "let", new BsonDocument { { "text", new BsonDocument("$literal", "$notAFieldPath") }, { "n", new BsonDocument("$add", new BsonArray { 1, 1 }) } } },
        }, db);
        var found = await client.RunAsync(new BsonDocument("find", "c"), db);

        Assert.Equal(new BsonDocument { { "_id", 1 }, { "x", 1 }, { "text", "$notAFieldPath" }, { "sum", 3 } }, found["cursor"]["firstBatch"][0]);
    }

    [Fact]
    public async Task Aggregate_MergeWithPipeline_BindsNewAndLetPerDocument()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("target", new BsonDocument { { "_id", 1 }, { "total", 10 } }, new BsonDocument { { "_id", 2 }, { "total", 20 } }), db);
        await client.RunOkAsync(Insert("source", new BsonDocument { { "_id", 1 }, { "total", 1 } }, new BsonDocument { { "_id", 2 }, { "total", 2 } }), db);

        await client.RunOkAsync(new BsonDocument
        {
            { "aggregate", "source" },
            {
                "pipeline", new BsonArray
                {
                    new BsonDocument("$merge", new BsonDocument
                    {
                        { "into", "target" },
                        { "let", new BsonDocument { { "add", "$total" }, { "new", "$$ROOT" } } },
                        { "whenMatched", new BsonArray { new BsonDocument("$set", new BsonDocument { { "total", new BsonDocument("$add", new BsonArray { "$total", "$$add" }) }, { "from", "$$new._id" } }) } },
                    }),
                }
            },
            { "cursor", new BsonDocument() },
        }, db);
        var merged = await client.RunAsync(new BsonDocument { { "find", "target" }, { "sort", new BsonDocument("_id", 1) } }, db);

        Assert.Equal(
            new BsonArray { new BsonDocument { { "_id", 1 }, { "total", 11 }, { "from", 1 } }, new BsonDocument { { "_id", 2 }, { "total", 22 }, { "from", 2 } } },
            merged["cursor"]["firstBatch"]);
    }

    [Fact]
    public async Task Delete_LimitOneAndZero_DeleteOneOrAll()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument { { "_id", 1 }, { "g", "x" } }, new BsonDocument { { "_id", 2 }, { "g", "x" } }, new BsonDocument { { "_id", 3 }, { "g", "x" } }), db);

        var one = await client.RunAsync(new BsonDocument { { "delete", "c" }, { "deletes", new BsonArray { new BsonDocument { { "q", new BsonDocument("g", "x") }, { "limit", 1 } } } } }, db);
        var rest = await client.RunAsync(new BsonDocument { { "delete", "c" }, { "deletes", new BsonArray { new BsonDocument { { "q", new BsonDocument("g", "x") }, { "limit", 0 } } } } }, db);
        var bad = await client.RunAsync(new BsonDocument { { "delete", "c" }, { "deletes", new BsonArray { new BsonDocument { { "q", new BsonDocument() }, { "limit", 2 } } } } }, db);

        Assert.Equal(1, one["n"].AsInt32);
        Assert.Equal(2, rest["n"].AsInt32);
        Assert.Equal(9, bad["code"].AsInt32);
    }

    [Fact]
    public async Task FindAndModify_UpdateRemoveAndUpsert_ReportLastErrorObject()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(Insert("c", new BsonDocument { { "_id", "a" }, { "seq", 1 } }), db);

        var before = await client.RunAsync(new BsonDocument { { "findAndModify", "c" }, { "query", new BsonDocument("_id", "a") }, { "update", new BsonDocument("$set", new BsonDocument("seq", 2)) } }, db);
        var after = await client.RunAsync(new BsonDocument { { "findAndModify", "c" }, { "query", new BsonDocument("_id", "a") }, { "update", new BsonDocument("$set", new BsonDocument("seq", 3)) }, { "new", true }, { "fields", new BsonDocument { { "_id", 0 }, { "seq", 1 } } } }, db);
        var upsert = await client.RunAsync(new BsonDocument { { "findAndModify", "c" }, { "query", new BsonDocument("_id", "c") }, { "update", new BsonDocument("$set", new BsonDocument("seq", 0)) }, { "upsert", true }, { "new", true } }, db);
        var removed = await client.RunAsync(new BsonDocument { { "findAndModify", "c" }, { "query", new BsonDocument("_id", "a") }, { "remove", true } }, db);
        var missing = await client.RunAsync(new BsonDocument { { "findAndModify", "c" }, { "query", new BsonDocument("_id", "zzz") }, { "update", new BsonDocument("$set", new BsonDocument("x", 1)) } }, db);
        var invalid = await client.RunAsync(new BsonDocument { { "findAndModify", "c" }, { "query", new BsonDocument() } }, db);

        Assert.Equal(new BsonDocument { { "_id", "a" }, { "seq", 1 } }, before["value"]);
        Assert.Equal(new BsonDocument { { "n", 1 }, { "updatedExisting", true } }, before["lastErrorObject"]);
        Assert.Equal(new BsonDocument("seq", 3), after["value"]);
        Assert.Equal(new BsonDocument { { "n", 1 }, { "updatedExisting", false }, { "upserted", "c" } }, upsert["lastErrorObject"]);
        Assert.Equal(new BsonDocument { { "_id", "c" }, { "seq", 0 } }, upsert["value"]);
        Assert.Equal(new BsonDocument("n", 1), removed["lastErrorObject"]);
        Assert.Equal(new BsonDocument { { "_id", "a" }, { "seq", 3 } }, removed["value"]);
        Assert.Equal(BsonNull.Value, missing["value"]);
        Assert.Equal(new BsonDocument { { "n", 0 }, { "updatedExisting", false } }, missing["lastErrorObject"]);
        Assert.Equal(9, invalid["code"].AsInt32);
    }

    [Fact]
    public async Task FindAndModify_DuplicateKey_FailsTheCommand()
    {
        var db = fixture.CreateDatabaseName();
        await using var client = await fixture.ConnectAsync();
        await client.RunOkAsync(new BsonDocument { { "createIndexes", "c" }, { "indexes", new BsonArray { new BsonDocument { { "key", new BsonDocument("k", 1) }, { "name", "k_1" }, { "unique", true } } } } }, db);
        await client.RunOkAsync(Insert("c", new BsonDocument { { "_id", 1 }, { "k", "x" } }, new BsonDocument { { "_id", 2 }, { "k", "y" } }), db);

        var reply = await client.RunAsync(new BsonDocument { { "findAndModify", "c" }, { "query", new BsonDocument("_id", 2) }, { "update", new BsonDocument("$set", new BsonDocument("k", "x")) } }, db);

        Assert.Equal(0.0, reply["ok"].AsDouble);
        Assert.Equal(11000, reply["code"].AsInt32);
        Assert.Equal("DuplicateKey", reply["codeName"].AsString);
        Assert.Equal(new BsonDocument("k", "x"), reply["keyValue"]);
    }
}
