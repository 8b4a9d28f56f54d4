using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Tests.Storage;

public class CollectionStateTests
{
    private static CollectionState Empty() => CollectionState.Create("db", "c", new BsonDocument(), null);

    private static CollectionState Insert(CollectionState state, BsonDocument document)
    {
        var prepared = DocumentPreparer.PrepareInsert(document);
        return state.Insert(prepared, DocumentPreparer.Encode(prepared), 1);
    }

    private static IndexDefinition Index(BsonDocument key, string name, BsonDocument? options = null)
    {
        var spec = new BsonDocument { { "key", key }, { "name", name } };
        if (options is not null)
        {
            spec.AddRange(options);
        }

        return IndexDefinition.Parse(spec);
    }

    [Fact]
    public void Insert_KeepsNaturalOrderAndUpdateKeepsRecordId()
    {
        var state = Empty();
        state = Insert(state, new BsonDocument("_id", 3));
        state = Insert(state, new BsonDocument("_id", 1));
        state = Insert(state, new BsonDocument("_id", 2));
        var first = state.FindById(3)!;
        var replacement = new BsonDocument { { "_id", 3 }, { "x", 1 } };

        state = state.Replace(first, replacement, replacement.ToBson(), 2);

        Assert.Equal(new BsonValue[] { 3, 1, 2 }, state.Records.Values.Select(r => r.Document["_id"]));
        Assert.Equal(first.RecordId, state.FindById(3)!.RecordId);
        Assert.Equal(2, state.FindById(3)!.Version);
    }

    [Fact]
    public void Snapshot_IsNotAffectedByLaterWrites()
    {
        var state = Insert(Empty(), new BsonDocument("_id", 1));
        var snapshot = state;

        state = Insert(state, new BsonDocument("_id", 2));
        state = state.Delete(state.FindById(1)!);

        Assert.Single(snapshot.Records);
        Assert.NotNull(snapshot.FindById(1));
        Assert.Null(state.FindById(1));
        Assert.Single(state.Records);
    }

    [Fact]
    public void UniqueIndex_MissingFieldIndexesAsNull_AndCollides()
    {
        var state = Empty().AddIndex(Index(new BsonDocument("email", 1), "email_1", new BsonDocument("unique", true)));
        state = Insert(state, new BsonDocument("_id", 1));

        var error = Assert.Throws<MongoServerException>(() => Insert(state, new BsonDocument("_id", 2)));

        Assert.Equal(11000, error.Code);
        Assert.Equal("E11000 duplicate key error collection: db.c index: email_1 dup key: { email: null }", error.Message);
        Assert.Equal(new BsonDocument("email", BsonNull.Value), error.ExtraInfo!["keyValue"]);
    }

    [Fact]
    public void UniqueIndex_NumbersOfDifferentTypes_AreDuplicates()
    {
        var state = Empty().AddIndex(Index(new BsonDocument("n", 1), "n_1", new BsonDocument("unique", true)));
        state = Insert(state, new BsonDocument { { "_id", 1 }, { "n", 1 } });

        Assert.Throws<MongoServerException>(() => Insert(state, new BsonDocument { { "_id", 2 }, { "n", 1.0 } }));
    }

    [Fact]
    public void SparseUniqueIndex_IgnoresDocumentsWithoutTheField()
    {
        var state = Empty().AddIndex(Index(new BsonDocument("nick", 1), "nick_1", new BsonDocument { { "unique", true }, { "sparse", true } }));
        state = Insert(state, new BsonDocument("_id", 1));
        state = Insert(state, new BsonDocument("_id", 2));
        state = Insert(state, new BsonDocument { { "_id", 3 }, { "nick", "n" } });

        Assert.Throws<MongoServerException>(() => Insert(state, new BsonDocument { { "_id", 4 }, { "nick", "n" } }));
        Assert.Single(state.FindIndex("nick_1")!.Entries);
    }

    [Fact]
    public void PartialUniqueIndex_OnlyConstrainsMatchingDocuments()
    {
        var state = Empty().AddIndex(Index(new BsonDocument("email", 1), "email_1", new BsonDocument { { "unique", true }, { "partialFilterExpression", new BsonDocument("active", true) } }));
        state = Insert(state, new BsonDocument { { "_id", 1 }, { "email", "e" }, { "active", false } });
        state = Insert(state, new BsonDocument { { "_id", 2 }, { "email", "e" }, { "active", true } });

        Assert.Throws<MongoServerException>(() => Insert(state, new BsonDocument { { "_id", 3 }, { "email", "e" }, { "active", true } }));
    }

    [Fact]
    public void CompoundUniqueIndex_RejectsOnlyTheFullDuplicate()
    {
        var state = Empty().AddIndex(Index(new BsonDocument { { "tenant", 1 }, { "slug", 1 } }, "tenant_1_slug_1", new BsonDocument("unique", true)));
        state = Insert(state, new BsonDocument { { "_id", 1 }, { "tenant", "a" }, { "slug", "home" } });
        state = Insert(state, new BsonDocument { { "_id", 2 }, { "tenant", "b" }, { "slug", "home" } });

        var error = Assert.Throws<MongoServerException>(() => Insert(state, new BsonDocument { { "_id", 3 }, { "tenant", "a" }, { "slug", "home" } }));

        Assert.Equal(new BsonDocument { { "tenant", 1 }, { "slug", 1 } }, error.ExtraInfo!["keyPattern"]);
        Assert.Equal(new BsonDocument { { "tenant", "a" }, { "slug", "home" } }, error.ExtraInfo!["keyValue"]);
    }

    [Fact]
    public void MultikeyIndex_IndexesEveryElementAndDottedPaths()
    {
        var state = Empty().AddIndex(Index(new BsonDocument("tags", 1), "tags_1")).AddIndex(Index(new BsonDocument("items.sku", 1), "items.sku_1"));

        state = Insert(state, new BsonDocument
        {
            { "_id", 1 },
            { "tags", new BsonArray { "a", "b", "a" } },
            { "items", new BsonArray { new BsonDocument("sku", "x"), new BsonDocument("sku", "y"), new BsonDocument("other", 1) } },
        });

        var tags = state.FindIndex("tags_1")!;
        Assert.True(tags.IsMultikey);
        Assert.Equal(2, tags.Entries.Count);
        Assert.Equal(new BsonValue[] { BsonNull.Value, "x", "y" }, state.FindIndex("items.sku_1")!.Entries.Select(e => e.Values[0]));
    }

    [Fact]
    public void UniqueMultikeyIndex_SameValueTwiceInOneDocument_IsAllowed()
    {
        var state = Empty().AddIndex(Index(new BsonDocument("tags", 1), "tags_1", new BsonDocument("unique", true)));

        state = Insert(state, new BsonDocument { { "_id", 1 }, { "tags", new BsonArray { "a", "a" } } });

        Assert.Throws<MongoServerException>(() => Insert(state, new BsonDocument { { "_id", 2 }, { "tags", new BsonArray { "b", "a" } } }));
    }

    [Fact]
    public void CompoundIndex_TwoArrayFields_FailsWithCannotIndexParallelArrays()
    {
        var state = Empty().AddIndex(Index(new BsonDocument { { "a", 1 }, { "b", 1 } }, "a_1_b_1"));

        var error = Assert.Throws<MongoServerException>(() => Insert(state, new BsonDocument { { "_id", 1 }, { "a", new BsonArray { 1 } }, { "b", new BsonArray { 2 } } }));

        Assert.Equal(171, error.Code);
        Assert.Equal("CannotIndexParallelArrays", error.CodeName);
    }

    [Fact]
    public void FailedInsert_LeavesStateUnchanged()
    {
        var state = Empty().AddIndex(Index(new BsonDocument("k", 1), "k_1", new BsonDocument("unique", true)));
        state = Insert(state, new BsonDocument { { "_id", 1 }, { "k", 1 } });

        Assert.Throws<MongoServerException>(() => Insert(state, new BsonDocument { { "_id", 2 }, { "k", 1 } }));

        Assert.Single(state.Records);
        Assert.All(state.Indexes, index => Assert.Single(index.Entries));
    }

    [Fact]
    public void Planner_UsesIdHackAndIndexesAndFallsBackToScan()
    {
        var state = Empty().AddIndex(Index(new BsonDocument("k", 1), "k_1")).AddIndex(Index(new BsonDocument { { "a", 1 }, { "b", -1 } }, "a_1_b_-1"));
        for (var i = 0; i < 20; i++)
        {
            state = Insert(state, new BsonDocument { { "_id", i }, { "k", i % 5 }, { "a", i % 2 }, { "b", i } });
        }

        var byId = QueryPlanner.Plan(state, QueryFilter.Parse(new BsonDocument("_id", 7)));
        var byK = QueryPlanner.Plan(state, QueryFilter.Parse(new BsonDocument("k", 3)));
        var byPrefix = QueryPlanner.Plan(state, QueryFilter.Parse(new BsonDocument("a", 1)));
        var scan = QueryPlanner.Plan(state, QueryFilter.Parse(new BsonDocument("b", 3)));
        var hinted = QueryPlanner.Plan(state, QueryFilter.Empty, "k_1");

        Assert.Equal("IDHACK", byId.Stage);
        Assert.Single(byId.Candidates);
        Assert.Equal("IXSCAN", byK.Stage);
        Assert.Equal(new[] { 3, 8, 13, 18 }, byK.Candidates.Select(r => r.Document["_id"].AsInt32));
        Assert.Equal("a_1_b_-1", byPrefix.Index!.Name);
        Assert.Equal(new[] { 19, 17, 15, 13, 11, 9, 7, 5, 3, 1 }, byPrefix.Candidates.Select(r => r.Document["_id"].AsInt32));
        Assert.Equal("COLLSCAN", scan.Stage);
        Assert.Equal(20, hinted.Candidates.Count());
        Assert.Throws<MongoServerException>(() => QueryPlanner.Plan(state, QueryFilter.Empty, "nope"));
    }

    [Fact]
    public void RangeScan_StaysWithinTheTypeBracketAndBounds()
    {
        var index = IndexState.Create(Index(new BsonDocument("v", 1), "v_1"));
        BsonValue[] values = [1, 5, 7.5, 10, "text", BsonNull.Value, 3L];
        for (var i = 0; i < values.Length; i++)
        {
            index = index.Add(i, [[values[i]]], false);
        }

        var between = index.ScanRange(3, true, 10, false).Select(e => e.Values[0].ToDouble());
        var above = index.ScanRange(5, false, null, true).Select(e => e.Values[0].ToDouble());

        Assert.Equal(new[] { 3.0, 5, 7.5 }, between);
        Assert.Equal(new[] { 7.5, 10 }, above);
    }

    [Fact]
    public void Validator_StrictRejectsAndModerateAllowsUpdatesOfInvalidDocuments()
    {
        var strict = CollectionValidator.Create(new BsonDocument("kind", "ok"), null, null)!;
        var moderate = CollectionValidator.Create(new BsonDocument("kind", "ok"), "moderate", null)!;
        var warn = CollectionValidator.Create(new BsonDocument("kind", "ok"), null, "warn")!;
        var invalid = new BsonDocument { { "_id", 1 }, { "kind", "bad" } };

        var error = strict.Check(invalid, null, "db.c");

        Assert.NotNull(error);
        Assert.Equal(121, error!.Code);
        Assert.Equal("Document failed validation", error.Message);
        Assert.Equal(1, error.ExtraInfo!["errInfo"]["failingDocumentId"].AsInt32);
        Assert.Null(moderate.Check(invalid, invalid, "db.c"));
        Assert.NotNull(moderate.Check(invalid, new BsonDocument { { "_id", 1 }, { "kind", "ok" } }, "db.c"));
        Assert.Null(warn.Check(invalid, null, "db.c"));
        Assert.Null(strict.Check(new BsonDocument { { "_id", 2 }, { "kind", "ok" } }, null, "db.c"));
    }

    [Fact]
    public void ValidationFailureExplainer_DescribesJsonSchemaRules()
    {
        var schema = new BsonDocument("$jsonSchema", new BsonDocument
        {
            { "bsonType", "object" },
            { "required", new BsonArray { "name", "age" } },
            { "properties", new BsonDocument { { "age", new BsonDocument { { "bsonType", "int" }, { "minimum", 0 } } } } },
        });

        var missing = ValidationFailureExplainer.Explain(schema, new BsonDocument { { "_id", 1 }, { "name", "x" } });
        var wrongType = ValidationFailureExplainer.Explain(schema, new BsonDocument { { "_id", 1 }, { "name", "x" }, { "age", "old" } });

        Assert.Equal("$jsonSchema", missing["operatorName"].AsString);
        Assert.Equal("required", missing["schemaRulesNotSatisfied"][0]["operatorName"].AsString);
        Assert.Equal(new BsonArray { "age" }, missing["schemaRulesNotSatisfied"][0]["missingProperties"]);
        Assert.Equal("properties", wrongType["schemaRulesNotSatisfied"][0]["operatorName"].AsString);
        Assert.Equal("age", wrongType["schemaRulesNotSatisfied"][0]["propertiesNotSatisfied"][0]["propertyName"].AsString);
    }
}
