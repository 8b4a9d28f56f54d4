using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Query;
using MongoPatterns.Embedded.Updates;
using static MongoPatterns.Embedded.Tests.Updates.UpdateTestSupport;

namespace MongoPatterns.Embedded.Tests.Updates;

public sealed class ReplacementAndUpsertTests
{
    [Theory]
    [InlineData("{x: 1}", "{_id: 1, a: 1}", "{_id: 1, x: 1}")]
    [InlineData("{x: 1, _id: 1}", "{_id: 1, a: 1}", "{_id: 1, x: 1}")]
    [InlineData("{}", "{_id: 1, a: 1}", "{_id: 1}")]
    [InlineData("{a: {'$x': 1}}", "{_id: 1}", "{_id: 1, a: {'$x': 1}}")]
    public void Replacement_KeepsIdFirst(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Fact]
    public void Replacement_Identical_IsNotModified() => AssertNoOp("{a: 1}", "{_id: 1, a: 1}");

    [Fact]
    public void Replacement_ChangingId_Throws66() =>
        AssertFails("{_id: 2, a: 1}", "{_id: 1}", 66, "After applying the update, the (immutable) field '_id' was found to have been altered to _id: 2");

    [Theory]
    [InlineData("{a: 1}", "Replacement")]
    [InlineData("{}", "Replacement")]
    [InlineData("{$set: {a: 1}}", "Operators")]
    public void Parse_DetectsKind(string update, string kind) => Assert.Equal(kind, UpdateSpec.Parse(Shell.Value(update), null).Kind.ToString());

    [Theory]
    [InlineData("{a: 1, b: 2}", "{$set: {c: 3}}", "{a: 1, b: 2, c: 3}")]
    [InlineData("{b: 2, a: 1}", "{$set: {c: 3}}", "{a: 1, b: 2, c: 3}")]
    [InlineData("{x: 1, _id: 5}", "{$inc: {y: 1}}", "{_id: 5, x: 1, y: 1}")]
    [InlineData("{'a.b': 1}", "{$set: {c: 1}}", "{a: {b: 1}, c: 1}")]
    [InlineData("{'a.b': 1, 'a.c': 2}", "{$set: {d: 1}}", "{a: {b: 1, c: 2}, d: 1}")]
    [InlineData("{a: {$eq: 1}}", "{$set: {c: 1}}", "{a: 1, c: 1}")]
    [InlineData("{a: {$in: [1]}}", "{$set: {c: 1}}", "{a: 1, c: 1}")]
    [InlineData("{a: {$in: [1, 2]}}", "{$set: {c: 1}}", "{c: 1}")]
    [InlineData("{a: {$gt: 1}}", "{$set: {c: 1}}", "{c: 1}")]
    [InlineData("{a: /x/}", "{$set: {c: 1}}", "{c: 1}")]
    [InlineData("{$and: [{a: 1}, {b: 2}]}", "{$set: {c: 1}}", "{a: 1, b: 2, c: 1}")]
    [InlineData("{$or: [{a: 1}]}", "{$set: {c: 1}}", "{a: 1, c: 1}")]
    [InlineData("{$or: [{a: 1}, {b: 1}]}", "{$set: {c: 1}}", "{c: 1}")]
    [InlineData("{a: {b: 1}}", "{$set: {c: 1}}", "{a: {b: 1}, c: 1}")]
    [InlineData("{a: null}", "{$set: {c: 1}}", "{a: null, c: 1}")]
    [InlineData("{a: 1}", "{$set: {a: 2}}", "{a: 2}")]
    [InlineData("{a: 1}", "{$setOnInsert: {b: 2}, $set: {c: 3}}", "{a: 1, b: 2, c: 3}")]
    [InlineData("{x: 1}", "{$set: {_id: 5}}", "{_id: 5, x: 1}")]
    [InlineData("{x: 1}", "{$setOnInsert: {_id: 5}}", "{_id: 5, x: 1}")]
    [InlineData("{}", "{$inc: {n: 1}}", "{n: 1}")]
    [InlineData("{a: 1, $comment: 'x', $expr: {$eq: [1, 1]}}", "{$set: {c: 1}}", "{a: 1, c: 1}")]
    [InlineData("{_id: 1, a: 5}", "{b: 2}", "{_id: 1, b: 2}")]
    [InlineData("{a: 5}", "{b: 2}", "{b: 2}")]
    [InlineData("{_id: 1}", "{b: 2, _id: 1}", "{_id: 1, b: 2}")]
    [InlineData("{tags: 'x'}", "{$push: {tags: 'y'}}", "{tags: 'x'}")]
    public void BuildUpsertDocument(string query, string update, string expected)
    {
        if (query == "{tags: 'x'}")
        {
            // $push onto a non-array seeded from the query fails like MongoDB.
            Assert.Equal(2, TestSupport.Throws(() => Upsert(query, update)).Code);
            return;
        }

        TestSupport.AssertBsonEqual(Shell.Doc(expected), Upsert(query, update));
    }

    [Theory]
    [InlineData("{a: 1, 'a.b': 2}", "{$set: {c: 1}}", 54, "cannot infer query fields to set, both paths 'a' and 'a.b' are matched")]
    [InlineData("{$and: [{a: 1}, {a: 2}]}", "{$set: {c: 1}}", 54, "cannot infer query fields to set, path 'a' is matched twice")]
    [InlineData("{a: 1}", "{$set: {'a.b': 1}}", 28, "Cannot create field 'b' in element {a: 1}")]
    [InlineData("{_id: 1}", "{$set: {_id: 2}}", 66, "Performing an update on the path '_id' would modify the immutable field '_id'")]
    [InlineData("{_id: 1}", "{$setOnInsert: {_id: 2}}", 66, null)]
    [InlineData("{_id: 1}", "{_id: 2}", 66, null)]
    [InlineData("{a: 1}", "{$set: {'a.$': 2}}", 2, "The positional operator did not find the match needed from the query.")]
    [InlineData("{}", "{$set: {'a.$[]': 1}}", 2, "The path 'a' must exist in the document in order to apply array updates.")]
    [InlineData("{_id: [1, 2]}", "{$set: {a: 1}}", 53, "The '_id' value cannot be of type array")]
    public void BuildUpsertDocument_Invalid_ThrowsMongoError(string query, string update, int code, string? message)
    {
        var error = TestSupport.Throws(() => Upsert(query, update));
        Assert.Equal(code, error.Code);
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }
    }

    [Fact]
    public void BuildUpsertDocument_DoesNotShareQueryValues()
    {
        var query = Shell.Doc("{a: {b: 1}}");
        var document = UpdateSpec.Parse(Shell.Doc("{$set: {'a.c': 2}}"), null).BuildUpsertDocument(query, null);
        TestSupport.AssertBsonEqual(Shell.Doc("{a: {b: 1, c: 2}}"), document);
        TestSupport.AssertBsonEqual(Shell.Doc("{a: {b: 1}}"), query);
    }

    [Fact]
    public void Apply_NeverModifiesTheOriginal()
    {
        var original = Shell.Doc("{_id: 1, a: {b: [1, 2]}, c: 3}");
        var snapshot = original.DeepClone();
        var outcome = UpdateSpec.Parse(Shell.Doc("{$push: {'a.b': 3}, $inc: {c: 1}, $unset: {x: 1}}"), null).Apply(original, null, false);
        TestSupport.AssertBsonEqual(snapshot, original);
        TestSupport.AssertBsonEqual(Shell.Doc("{_id: 1, a: {b: [1, 2, 3]}, c: 4}"), outcome.Document);
        Assert.NotSame(original, outcome.Document);
    }

    [Fact]
    public void Apply_SameSpecManyDocuments_IsIndependent()
    {
        var spec = UpdateSpec.Parse(Shell.Doc("{$push: {a: {x: 1}}}"), null);
        var first = spec.Apply(Shell.Doc("{a: []}"), null, false).Document;
        var second = spec.Apply(Shell.Doc("{a: []}"), null, false).Document;
        first["a"][0]["x"] = 5;
        Assert.Equal(1, second["a"][0]["x"].AsInt32);
    }

    [SkippableTheory]
    [InlineData("[{$set: {b: '$a'}}]", "{_id: 1, a: 5}", "{_id: 1, a: 5, b: 5}")]
    [InlineData("[{$unset: 'a'}]", "{_id: 1, a: 5, c: 1}", "{_id: 1, c: 1}")]
    [InlineData("[{$replaceWith: {x: 1}}]", "{_id: 1, a: 5}", "{_id: 1, x: 1}")]
    [InlineData("[{$project: {a: 1, _id: 0}}]", "{_id: 1, a: 5, c: 1}", "{_id: 1, a: 5}")]
    public void Pipeline_Updates(string update, string document, string expected)
    {
        Skip.IfNot(PipelinesAvailable(), "the aggregation pipeline engine is not merged yet");
        var outcome = Apply(update, document);
        TestSupport.AssertBsonEqual(Shell.Doc(expected), outcome.Document);
    }

    [SkippableFact]
    public void Pipeline_ChangingId_Throws66()
    {
        Skip.IfNot(PipelinesAvailable(), "the aggregation pipeline engine is not merged yet");
        AssertFails("[{$set: {_id: 2}}]", "{_id: 1}", 66);
    }

    [SkippableFact]
    public void Pipeline_Upsert_AppliesToSeed()
    {
        Skip.IfNot(PipelinesAvailable(), "the aggregation pipeline engine is not merged yet");
        TestSupport.AssertBsonEqual(Shell.Doc("{a: 1, b: 1}"), Upsert("{a: 1}", "[{$set: {b: '$a'}}]"));
    }

    private static bool PipelinesAvailable()
    {
        try
        {
            UpdateSpec.Parse(Shell.Value("[{$set: {a: 1}}]"), null);
            return true;
        }
        catch (MongoPatterns.Embedded.Errors.MongoServerException exception) when (exception.Code == MongoPatterns.Embedded.Errors.ErrorCodes.NotImplemented)
        {
            return false;
        }
    }
}
