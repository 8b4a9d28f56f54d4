using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Serializers;
using MongoPatterns.Driver.Operations;

namespace MongoPatterns.Driver.Tests.Operations;

/// <summary>The commands the operations build, without a server.</summary>
public sealed class CommandBuildingTests
{
    private static readonly CollectionNamespace Namespace = new("db", "items");

    private static readonly CollectionOperationSettings Defaults = new(ReadConcern.Default, ReadPreference.Primary, WriteConcern.Acknowledged, BsonSerializerRegistry.Default);

    [Theory]
    [InlineData(0, 0, 0, 0, false)]
    [InlineData(5, 0, 5, 0, false)]
    [InlineData(5, 2, 5, 2, false)]
    [InlineData(5, 5, 5, 6, false)]
    [InlineData(-5, 0, 5, 0, true)]
    [InlineData(-5, 2, 5, 0, true)]
    [InlineData(-1, 0, 1, 0, true)]
    [InlineData(0, -3, 0, 3, true)]
    [InlineData(4, -3, 4, 4, true)]
    public void NormalizeLimit_FollowsTheFindSpecification(int limit, int batchSize, int expectedLimit, int expectedBatchSize, bool expectedSingleBatch) =>
        Assert.Equal((expectedLimit, expectedBatchSize, expectedSingleBatch), FindOperation<BsonDocument>.NormalizeLimit(limit, batchSize));

    [Fact]
    public void Find_AllOptions_AreRenderedWithTheirCommandNames()
    {
        var operation = new FindOperation<BsonDocument>(Namespace, new BsonDocument("a", 1), BsonDocumentSerializer.Instance, Defaults with { ReadConcern = ReadConcern.Majority })
        {
            Sort = new BsonDocument("b", -1),
            Projection = new BsonDocument("c", 1),
            Skip = 3,
            Limit = -2,
            Options = new FindOptions
            {
                AllowDiskUse = true,
                AllowPartialResults = true,
                BatchSize = 10,
                Collation = new Collation("fr") { Strength = 2 },
                Comment = "why",
                CursorType = CursorType.TailableAwait,
                Hint = "a_1",
                Let = new BsonDocument("x", 1),
                Max = new BsonDocument("a", 9),
                MaxTime = TimeSpan.FromMilliseconds(1500),
                Min = new BsonDocument("a", 0),
                NoCursorTimeout = true,
                ReturnKey = false,
                ShowRecordId = true,
            },
        };

        var command = operation.CreateCommand();

        Assert.Equal(
            BsonDocument.Parse("""
                { "find": "items", "filter": { "a": 1 }, "sort": { "b": -1 }, "projection": { "c": 1 }, "hint": "a_1", "skip": 3, "limit": 2,
                  "singleBatch": true, "comment": "why", "maxTimeMS": { "$numberLong": "1500" }, "readConcern": { "level": "majority" },
                  "max": { "a": 9 }, "min": { "a": 0 }, "returnKey": false, "showRecordId": true, "tailable": true, "awaitData": true,
                  "noCursorTimeout": true, "allowPartialResults": true, "collation": { "locale": "fr", "strength": 2 }, "allowDiskUse": true, "let": { "x": 1 } }
                """),
            command);
    }

    [Fact]
    public void Find_NoOptions_SendsOnlyFindAndFilter() =>
        Assert.Equal(
            new BsonDocument { { "find", "items" }, { "filter", new BsonDocument() } },
            new FindOperation<BsonDocument>(Namespace, [], BsonDocumentSerializer.Instance, Defaults).CreateCommand());

    [Fact]
    public void CountDocuments_Pipeline_MatchesTheCrudSpecification()
    {
        var operation = new CountDocumentsOperation(Namespace, new BsonDocument("a", 1), Defaults, new CountOptions { Skip = 5, Limit = 10 });

        Assert.Equal(
            BsonArray.Parse("""[ { "$match": { "a": 1 } }, { "$skip": { "$numberLong": "5" } }, { "$limit": { "$numberLong": "10" } }, { "$group": { "_id": 1, "n": { "$sum": 1 } } } ]"""),
            new BsonArray(operation.CreatePipeline()));
    }

    [Fact]
    public void Count_LegacyCommand_RendersQueryAndOptions()
    {
        var operation = new CountOperation(Namespace, new BsonDocument("a", 1), Defaults with { ReadConcern = ReadConcern.Majority }, new CountOptions
        {
            Skip = 2,
            Limit = 5,
            Hint = "a_1",
            Collation = new Collation("en"),
            Comment = "why",
            MaxTime = TimeSpan.FromSeconds(1),
        });

        Assert.Equal(
            BsonDocument.Parse("""
                { "count": "items", "query": { "a": 1 }, "skip": { "$numberLong": "2" }, "limit": { "$numberLong": "5" }, "hint": "a_1",
                  "collation": { "locale": "en" }, "comment": "why", "maxTimeMS": { "$numberLong": "1000" }, "readConcern": { "level": "majority" } }
                """),
            operation.CreateCommand());
    }

    [Fact]
    public void Count_NoOptions_SendsOnlyCountAndQuery() =>
        Assert.Equal(
            BsonDocument.Parse("""{ "count": "items", "query": {} }"""),
            new CountOperation(Namespace, new BsonDocument(), Defaults, null).CreateCommand());

    [Fact]
    public void Aggregate_WithOut_GoesWithWriteConcernAndNoBatchSize()
    {
        var settings = Defaults with { WriteConcern = WriteConcern.WMajority, ReadConcern = ReadConcern.Local };
        var operation = new AggregateOperation<BsonDocument>(Namespace.DatabaseNamespace, "items", [new BsonDocument("$out", "copy")], BsonDocumentSerializer.Instance, settings, new AggregateOptions { BatchSize = 5, BypassDocumentValidation = true });

        var command = operation.CreateCommand();

        Assert.True(operation.HasOutputStage);
        Assert.Equal(new BsonDocument("w", "majority"), command["writeConcern"]);
        Assert.Equal(new BsonDocument(), command["cursor"]);
        Assert.True(command["bypassDocumentValidation"].AsBoolean);
        Assert.Equal("local", command["readConcern"]["level"].AsString);
    }

    [Fact]
    public void Aggregate_WithoutOutputStage_HasNoWriteConcern()
    {
        var operation = new AggregateOperation<BsonDocument>(Namespace.DatabaseNamespace, null, [new BsonDocument("$documents", new BsonArray())], BsonDocumentSerializer.Instance, Defaults with { WriteConcern = WriteConcern.WMajority }, new AggregateOptions { BatchSize = 5 });

        var command = operation.CreateCommand();

        Assert.False(operation.HasOutputStage);
        Assert.Equal(1, command["aggregate"].AsInt32);
        Assert.False(command.Contains("writeConcern"));
        Assert.Equal(new BsonDocument("batchSize", 5), command["cursor"]);
    }

    [Fact]
    public void FindAndModify_Update_RendersEveryOption()
    {
        var operation = new FindAndModifyOperation<BsonDocument>(Namespace, new BsonDocument("a", 1), BsonDocumentSerializer.Instance, WriteConcern.WMajority)
        {
            Update = new BsonDocument("$set", new BsonDocument("b", 2)),
            ReturnNew = true,
            Upsert = true,
            Sort = new BsonDocument("c", 1),
            Projection = new BsonDocument("d", 1),
            ArrayFilters = [new BsonDocument("e", 1)],
            Hint = "a_1",
            Let = new BsonDocument("v", 1),
            Comment = "c",
            MaxTime = TimeSpan.FromSeconds(1),
        };

        Assert.Equal(
            BsonDocument.Parse("""
                { "findAndModify": "items", "query": { "a": 1 }, "sort": { "c": 1 }, "update": { "$set": { "b": 2 } }, "new": true, "upsert": true,
                  "fields": { "d": 1 }, "writeConcern": { "w": "majority" }, "maxTimeMS": { "$numberLong": "1000" }, "arrayFilters": [ { "e": 1 } ],
                  "hint": "a_1", "let": { "v": 1 }, "comment": "c" }
                """),
            operation.CreateCommand());
    }

    [Fact]
    public void FindAndModify_Remove_SendsRemoveOnly()
    {
        var command = new FindAndModifyOperation<BsonDocument>(Namespace, [], BsonDocumentSerializer.Instance, WriteConcern.Acknowledged) { Remove = true }.CreateCommand();

        Assert.True(command["remove"].AsBoolean);
        Assert.False(command.Contains("update"));
        Assert.False(command.Contains("new"));
    }

    [Theory]
    [InlineData(3, 100, 0, 0, 10, true)]
    [InlineData(3, 100, 3, 10, 10, false)]
    [InlineData(10, 100, 2, 95, 10, false)]
    [InlineData(10, 100, 2, 80, 10, true)]
    [InlineData(10, 100, 0, 0, 500, true)]
    public void WriteBatchLimits_Fits_ChecksCountAndSize(int maxCount, int maxPayload, int count, int payload, int statement, bool fits) =>
        Assert.Equal(fits, new WriteBatchLimits(maxCount, maxPayload, 1000).Fits(count, payload, statement));

    [Fact]
    public void WriteBatchLimits_From_KeepsRoomForTheCommand() =>
        Assert.Equal(new WriteBatchLimits(1000, 48_000_000 - 16 * 1024, 16_777_216), WriteBatchLimits.From(1000, 48_000_000, 16_777_216));

    [Fact]
    public void ValidateUpdate_RejectsReplacementsAndEmptyUpdates()
    {
        WriteStatementEncoder<BsonDocument>.ValidateUpdate(new BsonDocument("$set", new BsonDocument("a", 1)));
        WriteStatementEncoder<BsonDocument>.ValidateUpdate(new BsonArray { new BsonDocument("$set", new BsonDocument()) });

        Assert.Contains("not an update operator", Assert.Throws<ArgumentException>(() => WriteStatementEncoder<BsonDocument>.ValidateUpdate(new BsonDocument { { "$set", new BsonDocument() }, { "a", 1 } })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WriteStatementEncoder<BsonDocument>.ValidateUpdate(new BsonDocument()));
        Assert.Throws<ArgumentException>(() => WriteStatementEncoder<BsonDocument>.ValidateUpdate(new BsonArray()));
    }

    [Fact]
    public void ValidateReplacement_RejectsOperators()
    {
        WriteStatementEncoder<BsonDocument>.ValidateReplacement(new BsonDocument("a", new BsonDocument("$b", 1)).ToBson());

        var exception = Assert.Throws<ArgumentException>(() => WriteStatementEncoder<BsonDocument>.ValidateReplacement(new BsonDocument { { "a", 1 }, { "$inc", new BsonDocument() } }.ToBson()));

        Assert.Contains("$inc", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoder_UpdateAndDeleteStatements_HaveTheSpecShape()
    {
        var encoder = new WriteStatementEncoder<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializerRegistry.Default, 1 << 20);
        using var buffer = new PooledBufferWriter();

        encoder.EncodeUpdate(buffer, new BsonDocument("a", 1), new BsonDocument("$set", new BsonDocument("b", 1)), multi: true, upsert: true, [new BsonDocument("x", 1)], "a_1", new Collation("en"));
        var update = BsonDocument.FromBson(buffer.WrittenSpan);
        buffer.Clear();
        encoder.EncodeDelete(buffer, new BsonDocument("a", 1), multi: false, hint: null, collation: null);
        var delete = BsonDocument.FromBson(buffer.WrittenSpan);

        Assert.Equal(
            BsonDocument.Parse("""{ "q": { "a": 1 }, "u": { "$set": { "b": 1 } }, "multi": true, "upsert": true, "arrayFilters": [ { "x": 1 } ], "hint": "a_1", "collation": { "locale": "en" } }"""),
            update);
        Assert.Equal(BsonDocument.Parse("""{ "q": { "a": 1 }, "limit": 1 }"""), delete);
    }

    [Fact]
    public void Encoder_UpdateOneAndReplaceOneWithSort_SendTheSortAfterTheUpdate()
    {
        var encoder = new WriteStatementEncoder<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializerRegistry.Default, 1 << 20);
        using var buffer = new PooledBufferWriter();
        using var scratch = new PooledBufferWriter();

        encoder.EncodeUpdate(buffer, new BsonDocument("a", 1), new BsonDocument("$inc", new BsonDocument("b", 1)), multi: false, upsert: false, null, null, null, new BsonDocument("_id", -1));
        var update = BsonDocument.FromBson(buffer.WrittenSpan);
        buffer.Clear();
        encoder.EncodeReplace(buffer, scratch, new BsonDocument("a", 1), new BsonDocument("b", 2), upsert: false, null, null, new BsonDocument("_id", 1));
        var replace = BsonDocument.FromBson(buffer.WrittenSpan);

        Assert.Equal(BsonDocument.Parse("""{ "q": { "a": 1 }, "u": { "$inc": { "b": 1 } }, "sort": { "_id": -1 } }"""), update);
        Assert.Equal(BsonDocument.Parse("""{ "q": { "a": 1 }, "u": { "b": 2 }, "sort": { "_id": 1 } }"""), replace);
    }

    [Fact]
    public void Encoder_Insert_AssignsAnIdFirst()
    {
        var encoder = new WriteStatementEncoder<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializerRegistry.Default, 1 << 20);
        using var buffer = new PooledBufferWriter();
        var document = new BsonDocument("a", 1);

        var id = encoder.EncodeInsert(buffer, document);

        Assert.Equal(document["_id"], id);
        Assert.Equal("_id", BsonDocument.FromBson(buffer.WrittenSpan).GetElement(0).Name);
    }

    [Fact]
    public void CommandDocuments_WriteConcern_RendersOnlyWhatIsSet()
    {
        Assert.Equal(new BsonDocument { { "w", 2 }, { "j", true }, { "wtimeout", 100L } }, CommandDocuments.ToDocument(new WriteConcern(2, TimeSpan.FromMilliseconds(100), true)));
        Assert.Equal(new BsonDocument("w", 0), CommandDocuments.ToDocument(WriteConcern.Unacknowledged));
        Assert.False(new BsonDocument().AddWriteConcern(WriteConcern.Acknowledged).Contains("writeConcern"));
        Assert.False(new BsonDocument().AddReadConcern(ReadConcern.Default).Contains("readConcern"));
    }

    [Fact]
    public void ReplyFields_Read_FindsOkClusterTimeOperationTimeAndCursorId()
    {
        var reply = new BsonDocument
        {
            { "cursor", new BsonDocument { { "firstBatch", new BsonArray() }, { "id", 42L }, { "ns", "db.items" } } },
            { "ok", 1.0 },
            { "$clusterTime", new BsonDocument("clusterTime", new BsonTimestamp(5, 1)) },
            { "operationTime", new BsonTimestamp(5, 1) },
        };

        var fields = ReplyFields.Read(reply.ToBson());

        Assert.True(fields.Ok);
        Assert.Equal(42L, fields.CursorId);
        Assert.Equal(new BsonTimestamp(5, 1), fields.OperationTime);
        Assert.NotNull(fields.ClusterTime);
        Assert.False(ReplyFields.Read(new BsonDocument { { "ok", 0 }, { "errmsg", "x" } }.ToBson()).Ok);
    }
}
