using static MongoPatterns.Embedded.Tests.Updates.UpdateTestSupport;

namespace MongoPatterns.Embedded.Tests.Updates;

public sealed class UpdateOperatorTests
{
    [Theory]
    [InlineData("{$set: {a: 2}}", "{_id: 1, a: 1, b: 1}", "{_id: 1, a: 2, b: 1}")]
    [InlineData("{$set: {c: 1, b: 2}}", "{_id: 1, a: 1}", "{_id: 1, a: 1, b: 2, c: 1}")]
    [InlineData("{$set: {'a.b.c': 1}}", "{_id: 1}", "{_id: 1, a: {b: {c: 1}}}")]
    [InlineData("{$set: {'a.b': 1}}", "{_id: 1, a: {c: 1}}", "{_id: 1, a: {c: 1, b: 1}}")]
    [InlineData("{$set: {'a.1': 5}}", "{a: [1, 2]}", "{a: [1, 5]}")]
    [InlineData("{$set: {'a.3': 5}}", "{a: [1]}", "{a: [1, null, null, 5]}")]
    [InlineData("{$set: {'a.1.b': 5}}", "{a: [1]}", "{a: [1, {b: 5}]}")]
    [InlineData("{$set: {'a.0.b': 5}}", "{a: [{b: 1, c: 2}]}", "{a: [{b: 5, c: 2}]}")]
    [InlineData("{$set: {'a.0': 5}}", "{a: {x: 1}}", "{a: {x: 1, '0': 5}}")]
    [InlineData("{$set: {'a.10': 1, 'a.2': 2}}", "{a: []}", "{a: [null, null, 2, null, null, null, null, null, null, null, 1]}")]
    [InlineData("{$set: {'10': 1, '9': 1, b: 1, a: 1}}", "{}", "{'9': 1, '10': 1, a: 1, b: 1}")]
    [InlineData("{$set: {a: 1.0}}", "{a: 1}", "{a: 1.0}")]
    [InlineData("{$set: {a: {x: [1]}}}", "{a: 5}", "{a: {x: [1]}}")]
    [InlineData("{$set: {z: 1, y: 1}, $inc: {x: 1}}", "{_id: 1, a: 1}", "{_id: 1, a: 1, x: 1, y: 1, z: 1}")]
    [InlineData("{$set: {'b.y': 1, 'b.x': 1, a: 1}}", "{_id: 1}", "{_id: 1, a: 1, b: {x: 1, y: 1}}")]
    [InlineData("{$set: {_id: 1, a: 2}}", "{_id: 1, a: 1}", "{_id: 1, a: 2}")]
    public void Set(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Theory]
    [InlineData("{$set: {a: 1}}", "{a: 1}")]
    [InlineData("{$set: {a: {b: 1}}}", "{a: {b: 1}}")]
    [InlineData("{$unset: {x: 1}}", "{a: 1}")]
    [InlineData("{$unset: {'a.b': 1}}", "{a: 5}")]
    [InlineData("{$unset: {'a.b': 1}}", "{a: [1]}")]
    [InlineData("{$inc: {a: 0}}", "{a: 5}")]
    [InlineData("{$mul: {a: 1}}", "{a: 5}")]
    [InlineData("{$min: {a: 5}}", "{a: 1}")]
    [InlineData("{$min: {a: 5.0}}", "{a: 5}")]
    [InlineData("{$max: {a: 1}}", "{a: 5}")]
    [InlineData("{$rename: {x: 'y'}}", "{a: 1}")]
    [InlineData("{$setOnInsert: {a: 1}}", "{_id: 1}")]
    [InlineData("{$addToSet: {a: 2}}", "{a: [1, 2]}")]
    [InlineData("{$addToSet: {a: 2.0}}", "{a: [1, 2]}")]
    [InlineData("{$addToSet: {a: {x: 1}}}", "{a: [{x: 1}]}")]
    [InlineData("{$pop: {a: 1}}", "{a: []}")]
    [InlineData("{$pop: {a: 1}}", "{}")]
    [InlineData("{$pull: {a: 5}}", "{a: [1, 2]}")]
    [InlineData("{$pull: {a: 5}}", "{}")]
    [InlineData("{$pullAll: {a: [5]}}", "{}")]
    [InlineData("{$bit: {a: {and: 15}}}", "{a: 5}")]
    [InlineData("{$push: {a: {$each: []}}}", "{a: [1]}")]
    [InlineData("{$set: {_id: 1}}", "{_id: 1}")]
    public void NoOp_ReportsNotModified(string update, string document) => AssertNoOp(update, document);

    [Theory]
    [InlineData("{$unset: {a: ''}}", "{_id: 1, a: 1, b: 2}", "{_id: 1, b: 2}")]
    [InlineData("{$unset: {'a.b': 1}}", "{a: {b: 1, c: 2}}", "{a: {c: 2}}")]
    [InlineData("{$unset: {'a.0': 1}}", "{a: [1, 2]}", "{a: [null, 2]}")]
    [InlineData("{$unset: {a: 1, c: 1}}", "{a: 1, b: 2, c: 3}", "{b: 2}")]
    public void Unset(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Theory]
    [InlineData("{$inc: {a: 1}}", "{a: 1}", "{a: 2}")]
    [InlineData("{$inc: {a: 1}}", "{}", "{a: 1}")]
    [InlineData("{$inc: {a: NumberLong(3)}}", "{}", "{a: NumberLong(3)}")]
    [InlineData("{$inc: {a: 1.5}}", "{a: 1}", "{a: 2.5}")]
    [InlineData("{$inc: {a: NumberLong(1)}}", "{a: 1}", "{a: NumberLong(2)}")]
    [InlineData("{$inc: {a: 1}}", "{a: NumberLong(1)}", "{a: NumberLong(2)}")]
    [InlineData("{$inc: {a: 1}}", "{a: 2147483647}", "{a: NumberLong(2147483648)}")]
    [InlineData("{$inc: {a: -1}}", "{a: -2147483648}", "{a: NumberLong(-2147483649)}")]
    [InlineData("{$inc: {a: NumberDecimal('0.1')}}", "{a: NumberDecimal('0.2')}", "{a: NumberDecimal('0.3')}")]
    [InlineData("{$inc: {a: 1}}", "{a: NumberDecimal('1.5')}", "{a: NumberDecimal('2.5')}")]
    [InlineData("{$inc: {a: NumberDecimal('1')}}", "{a: NumberDecimal('9999999999999999999999999999999999')}", "{a: NumberDecimal('1.000000000000000000000000000000000E+34')}")]
    [InlineData("{$inc: {a: -1}}", "{a: 1.5}", "{a: 0.5}")]
    [InlineData("{$inc: {'a.0': 1, 'b.c': 2}}", "{a: [1], b: {c: 1}}", "{a: [2], b: {c: 3}}")]
    [InlineData("{$mul: {a: 2}}", "{a: 3}", "{a: 6}")]
    [InlineData("{$mul: {a: 2}}", "{}", "{a: 0}")]
    [InlineData("{$mul: {a: 2.5}}", "{}", "{a: 0.0}")]
    [InlineData("{$mul: {a: NumberLong(2)}}", "{}", "{a: NumberLong(0)}")]
    [InlineData("{$mul: {a: NumberDecimal('2')}}", "{}", "{a: NumberDecimal('0')}")]
    [InlineData("{$mul: {a: NumberLong(2)}}", "{a: 3}", "{a: NumberLong(6)}")]
    [InlineData("{$mul: {a: 2}}", "{a: 1073741824}", "{a: NumberLong(2147483648)}")]
    [InlineData("{$mul: {a: NumberDecimal('1.5')}}", "{a: 2}", "{a: NumberDecimal('3.0')}")]
    [InlineData("{$mul: {a: 0.5}}", "{a: 3}", "{a: 1.5}")]
    public void IncAndMul(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Theory]
    [InlineData("{$min: {a: 5}}", "{a: 10}", "{a: 5}")]
    [InlineData("{$min: {a: 5}}", "{}", "{a: 5}")]
    [InlineData("{$min: {a: null}}", "{a: 1}", "{a: null}")]
    [InlineData("{$max: {a: 'x'}}", "{a: 1}", "{a: 'x'}")]
    [InlineData("{$max: {a: new Date(5)}}", "{a: new Date(1)}", "{a: new Date(5)}")]
    [InlineData("{$max: {a: 10, b: 1}}", "{a: 5, b: 9}", "{a: 10, b: 9}")]
    [InlineData("{$max: {'a.b': 3}}", "{a: {b: 2}}", "{a: {b: 3}}")]
    public void MinAndMax(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Theory]
    [InlineData("{$rename: {a: 'b'}}", "{_id: 1, a: 1, c: 3}", "{_id: 1, c: 3, b: 1}")]
    [InlineData("{$rename: {a: 'c'}}", "{_id: 1, a: 1, c: 3}", "{_id: 1, c: 1}")]
    [InlineData("{$rename: {'a.b': 'c'}}", "{a: {b: 1, d: 2}}", "{a: {d: 2}, c: 1}")]
    [InlineData("{$rename: {a: 'x.y'}}", "{a: 1}", "{x: {y: 1}}")]
    [InlineData("{$rename: {a: 'b', c: 'd'}}", "{a: 1, c: 2}", "{b: 1, d: 2}")]
    [InlineData("{$rename: {nmae: 'name'}}", "{_id: 1, nmae: {first: 'a'}}", "{_id: 1, name: {first: 'a'}}")]
    public void Rename(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Fact]
    public void SetOnInsert_AppliesOnlyToUpsertInsert()
    {
        var outcome = Apply("{$setOnInsert: {a: 1}, $set: {b: 2}}", "{_id: 1}", upsertInsert: true);
        Query.TestSupport.AssertBsonEqual(Query.Shell.Doc("{_id: 1, a: 1, b: 2}"), outcome.Document);
        var update = Apply("{$setOnInsert: {a: 1}, $set: {b: 2}}", "{_id: 1}");
        Query.TestSupport.AssertBsonEqual(Query.Shell.Doc("{_id: 1, b: 2}"), update.Document);
    }

    [Fact]
    public void SetOnInsert_ThroughScalarWhenNotInserting_IsIgnored() => AssertNoOp("{$setOnInsert: {'a.b': 1}}", "{a: 5}");

    [Theory]
    [InlineData("{$currentDate: {a: true}}", "{a: 1}", "{a: ISODate('2024-05-06T07:08:09Z')}")]
    [InlineData("{$currentDate: {a: {$type: 'date'}}}", "{}", "{a: ISODate('2024-05-06T07:08:09Z')}")]
    public void CurrentDate_Date(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Fact]
    public void CurrentDate_Timestamp_UsesCurrentSeconds()
    {
        var outcome = Apply("{$currentDate: {t: {$type: 'timestamp'}}}", "{}");
        var timestamp = outcome.Document["t"].AsBsonTimestamp;
        Assert.Equal((uint)new DateTimeOffset(Now).ToUnixTimeSeconds(), timestamp.Timestamp);
        Assert.True(timestamp.Increment > 0);
    }

    [Theory]
    [InlineData("{$push: {a: 1}}", "{a: [0]}", "{a: [0, 1]}")]
    [InlineData("{$push: {a: 1}}", "{}", "{a: [1]}")]
    [InlineData("{$push: {a: [1, 2]}}", "{a: []}", "{a: [[1, 2]]}")]
    [InlineData("{$push: {a: {b: 1}}}", "{a: []}", "{a: [{b: 1}]}")]
    [InlineData("{$push: {a: {$each: [1, 2]}}}", "{a: [0]}", "{a: [0, 1, 2]}")]
    [InlineData("{$push: {a: {$each: [1, 2]}}}", "{}", "{a: [1, 2]}")]
    [InlineData("{$push: {a: {$each: [9], $position: 1}}}", "{a: [0, 1, 2]}", "{a: [0, 9, 1, 2]}")]
    [InlineData("{$push: {a: {$each: [9], $position: -1}}}", "{a: [0, 1, 2]}", "{a: [0, 1, 9, 2]}")]
    [InlineData("{$push: {a: {$each: [8, 9], $position: 0}}}", "{a: [0, 1]}", "{a: [8, 9, 0, 1]}")]
    [InlineData("{$push: {a: {$each: [9], $position: 10}}}", "{a: [0]}", "{a: [0, 9]}")]
    [InlineData("{$push: {a: {$each: [9], $position: -10}}}", "{a: [0]}", "{a: [9, 0]}")]
    [InlineData("{$push: {a: {$each: [3, 4], $slice: 3}}}", "{a: [1, 2]}", "{a: [1, 2, 3]}")]
    [InlineData("{$push: {a: {$each: [3], $slice: -2}}}", "{a: [1, 2]}", "{a: [2, 3]}")]
    [InlineData("{$push: {a: {$each: [3], $slice: 0}}}", "{a: [1, 2]}", "{a: []}")]
    [InlineData("{$push: {a: {$each: [3, 1], $sort: 1}}}", "{a: [2]}", "{a: [1, 2, 3]}")]
    [InlineData("{$push: {a: {$each: [3, 1], $sort: -1}}}", "{a: [2]}", "{a: [3, 2, 1]}")]
    [InlineData("{$push: {a: {$each: ['b', 1], $sort: 1}}}", "{a: [{}]}", "{a: [1, 'b', {}]}")]
    [InlineData("{$push: {a: {$each: [], $sort: 1}}}", "{a: [2, 1]}", "{a: [1, 2]}")]
    [InlineData("{$push: {a: {$each: [{s: 1}], $sort: {s: -1}}}}", "{a: [{s: 2}, 5, {s: 0}]}", "{a: [{s: 2}, {s: 1}, {s: 0}, 5]}")]
    [InlineData(
        "{$push: {quizzes: {$each: [{id: 3, score: 6}, {id: 4, score: 7}, {id: 5, score: 6}], $sort: {score: 1}}}}",
        "{quizzes: [{id: 1, score: 6}, {id: 2, score: 9}]}",
        "{quizzes: [{id: 1, score: 6}, {id: 3, score: 6}, {id: 5, score: 6}, {id: 4, score: 7}, {id: 2, score: 9}]}")]
    [InlineData(
        "{$push: {scores: {$each: [{attempt: 3, score: 7}, {attempt: 4, score: 4}], $sort: {score: 1}, $slice: -3}}}",
        "{scores: [{attempt: 1, score: 10}, {attempt: 2, score: 8}]}",
        "{scores: [{attempt: 3, score: 7}, {attempt: 2, score: 8}, {attempt: 1, score: 10}]}")]
    public void Push(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Theory]
    [InlineData("{$addToSet: {a: 3}}", "{a: [1, 2]}", "{a: [1, 2, 3]}")]
    [InlineData("{$addToSet: {a: {$each: [2, 3, 3, 4]}}}", "{a: [1, 2]}", "{a: [1, 2, 3, 4]}")]
    [InlineData("{$addToSet: {a: {$each: [3, 3.0]}}}", "{}", "{a: [3]}")]
    [InlineData("{$addToSet: {a: [1]}}", "{a: [1]}", "{a: [1, [1]]}")]
    [InlineData("{$addToSet: {a: {y: 1, x: 1}}}", "{a: [{x: 1, y: 1}]}", "{a: [{x: 1, y: 1}, {y: 1, x: 1}]}")]
    public void AddToSet(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Theory]
    [InlineData("{$pop: {a: 1}}", "{a: [1, 2, 3]}", "{a: [1, 2]}")]
    [InlineData("{$pop: {a: -1}}", "{a: [1, 2, 3]}", "{a: [2, 3]}")]
    [InlineData("{$pop: {'a.b': 1}}", "{a: {b: [1]}}", "{a: {b: []}}")]
    public void Pop(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Theory]
    [InlineData("{$pull: {a: 2}}", "{a: [1, 2, 3, 2]}", "{a: [1, 3]}")]
    [InlineData("{$pull: {a: 2}}", "{a: [1, 2.0, NumberLong(2)]}", "{a: [1]}")]
    [InlineData("{$pull: {a: {$gte: 2}}}", "{a: [1, 2, 3, 2]}", "{a: [1]}")]
    [InlineData("{$pull: {a: {$in: [1, 3]}}}", "{a: [1, 2, 3, 2]}", "{a: [2, 2]}")]
    [InlineData("{$pull: {a: /^b/}}", "{a: ['apple', 'banana']}", "{a: ['apple']}")]
    [InlineData("{$pull: {results: {score: 8, item: 'B'}}}", "{results: [{item: 'A', score: 5}, {item: 'B', score: 8, comment: 'x'}]}", "{results: [{item: 'A', score: 5}]}")]
    [InlineData("{$pull: {a: {b: {$gt: 1}}}}", "{a: [{b: 1}, {b: 2}, 5]}", "{a: [{b: 1}, 5]}")]
    [InlineData("{$pull: {a: [1, 2]}}", "{a: [[1, 2], [2, 1]]}", "{a: [[2, 1]]}")]
    [InlineData("{$pull: {a: {}}}", "{a: [{}, {x: 1}, 1]}", "{a: [1]}")]
    [InlineData("{$pull: {a: {$gt: 5}}}", "{a: [[6], 1]}", "{a: [1]}")]
    [InlineData(
        "{$pull: {results: {answers: {$elemMatch: {q: 2, a: {$gte: 8}}}}}}",
        "{results: [{item: 'A', answers: [{q: 1, a: 4}, {q: 2, a: 6}]}, {item: 'B', answers: [{q: 1, a: 8}, {q: 2, a: 9}]}]}",
        "{results: [{item: 'A', answers: [{q: 1, a: 4}, {q: 2, a: 6}]}]}")]
    [InlineData("{$pull: {fruits: {$in: ['apples', 'oranges']}, vegetables: 'carrots'}}", "{fruits: ['apples', 'pears', 'oranges'], vegetables: ['carrots', 'celery']}", "{fruits: ['pears'], vegetables: ['celery']}")]
    [InlineData("{$pullAll: {a: [0, 5]}}", "{a: [0, 2, 5, 5, 1, 0]}", "{a: [2, 1]}")]
    public void Pull(string update, string document, string expected) => AssertUpdates(update, document, expected);

    [Theory]
    [InlineData("{$bit: {a: {and: 10}}}", "{a: 13}", "{a: 8}")]
    [InlineData("{$bit: {a: {or: 5}}}", "{a: 1}", "{a: 5}")]
    [InlineData("{$bit: {a: {xor: 5}}}", "{a: 1}", "{a: 4}")]
    [InlineData("{$bit: {a: {and: NumberLong(10)}}}", "{a: 13}", "{a: NumberLong(8)}")]
    [InlineData("{$bit: {a: {or: 5}}}", "{}", "{a: 5}")]
    [InlineData("{$bit: {a: {and: 12, or: 1}}}", "{a: 10}", "{a: 9}")]
    public void Bit(string update, string document, string expected) => AssertUpdates(update, document, expected);
}
