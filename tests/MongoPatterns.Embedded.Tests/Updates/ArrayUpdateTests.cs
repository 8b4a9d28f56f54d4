using MongoPatterns.Embedded.Tests.Query;
using MongoPatterns.Embedded.Updates;
using static MongoPatterns.Embedded.Tests.Updates.UpdateTestSupport;

namespace MongoPatterns.Embedded.Tests.Updates;

public sealed class ArrayUpdateTests
{
    [Theory]
    [InlineData("{a: 2}", "{$set: {'a.$': 20}}", "{_id: 1, a: [1, 2, 3]}", "{_id: 1, a: [1, 20, 3]}")]
    [InlineData("{a: 2}", "{$inc: {'a.$': 1}}", "{_id: 1, a: [1, 2, 3]}", "{_id: 1, a: [1, 3, 3]}")]
    [InlineData("{a: 2}", "{$unset: {'a.$': 1}}", "{_id: 1, a: [1, 2, 3]}", "{_id: 1, a: [1, null, 3]}")]
    [InlineData("{'grades.grade': 85}", "{$set: {'grades.$.std': 6}}", "{grades: [{grade: 80}, {grade: 85}]}", "{grades: [{grade: 80}, {grade: 85, std: 6}]}")]
    [InlineData("{grades: {$elemMatch: {grade: {$lte: 90}, mean: {$gt: 80}}}}", "{$set: {'grades.$.std': 6}}", "{grades: [{grade: 80, mean: 75}, {grade: 85, mean: 90}]}", "{grades: [{grade: 80, mean: 75}, {grade: 85, mean: 90, std: 6}]}")]
    [InlineData("{'a.b': 5}", "{$push: {'a.$.c': 1}}", "{a: [{b: 1}, {b: 5}]}", "{a: [{b: 1}, {b: 5, c: [1]}]}")]
    [InlineData("{a: 5}", "{$set: {'a.$': 1, b: 2}}", "{a: [0, 5]}", "{a: [0, 1], b: 2}")]
    [InlineData("{'a.x': 1}", "{$set: {'a.$.y': 1, 'a.1.z': 2}}", "{a: [{x: 0}, {x: 1}]}", "{a: [{x: 0}, {x: 1, y: 1, z: 2}]}")]
    public void Positional(string filter, string update, string document, string expected) =>
        AssertUpdates(update, document, expected, filter);

    [Theory]
    [InlineData("{$inc: {'a.$[]': 10}}", "{a: [1, 2]}", "{a: [11, 12]}")]
    [InlineData("{$set: {'a.$[].b': 1}}", "{a: [{b: 0}, {c: 1}]}", "{a: [{b: 1}, {c: 1, b: 1}]}")]
    [InlineData("{$inc: {'a.$[].b.$[]': 1}}", "{a: [{b: [1, 2]}, {b: [3]}]}", "{a: [{b: [2, 3]}, {b: [4]}]}")]
    [InlineData("{$set: {'a.$[]': 1}}", "{a: []}", "{a: []}")]
    [InlineData("{$unset: {'a.$[]': 1}}", "{a: [1, 2]}", "{a: [null, null]}")]
    [InlineData("{$push: {'a.$[].b': 9}}", "{a: [{b: [1]}, {}]}", "{a: [{b: [1, 9]}, {b: [9]}]}")]
    public void AllPositional(string update, string document, string expected)
    {
        var outcome = Apply(update, document);
        TestSupport.AssertBsonEqual(Shell.Doc(expected), outcome.Document);
    }

    [Theory]
    [InlineData("{$set: {'grades.$[el]': 100}}", "[{el: {$gte: 100}}]", "{grades: [95, 102, 90, 150]}", "{grades: [95, 100, 90, 100]}")]
    [InlineData("{$set: {'grades.$[el].mean': 100}}", "[{'el.grade': {$gte: 85}}]", "{grades: [{grade: 80, mean: 75}, {grade: 85, mean: 90}, {grade: 85, mean: 85}]}", "{grades: [{grade: 80, mean: 75}, {grade: 85, mean: 100}, {grade: 85, mean: 100}]}")]
    [InlineData("{$inc: {'a.$[x].b.$[y]': 1}}", "[{'x.k': 1}, {y: {$gt: 1}}]", "{a: [{k: 1, b: [1, 2]}, {k: 2, b: [5]}]}", "{a: [{k: 1, b: [1, 3]}, {k: 2, b: [5]}]}")]
    [InlineData("{$set: {'a.$[x]': 0}}", "[{x: {$in: [1, 3]}}]", "{a: [1, 2, 3]}", "{a: [0, 2, 0]}")]
    [InlineData("{$set: {'a.$[x].y': 0}}", "[{$or: [{'x.k': 1}, {'x.k': 3}]}]", "{a: [{k: 1}, {k: 2}, {k: 3}]}", "{a: [{k: 1, y: 0}, {k: 2}, {k: 3, y: 0}]}")]
    [InlineData("{$set: {'a.$[x]': 0, 'a.$[y]': 9}}", "[{x: 1}, {y: 2}]", "{a: [1, 2]}", "{a: [0, 9]}")]
    public void FilteredPositional(string update, string arrayFilters, string document, string expected) =>
        AssertUpdates(update, document, expected, arrayFilters: arrayFilters);

    [Theory]
    [InlineData("{$set: {a: 1}}", "[{x: 1}]", 9, "The array filter for identifier 'x' was not used in the update { $set: { a: 1 } }")]
    [InlineData("{$set: {'a.$[X]': 1}}", "[{X: 1}]", 2, "Error parsing array filter :: caused by :: The top-level field name must be an alphanumeric string beginning with a lowercase letter, found 'X'")]
    [InlineData("{$set: {'a.$[x]': 1}}", "[{x: 1}, {x: 2}]", 9, "Found multiple array filters with the same top-level field name x")]
    [InlineData("{$set: {'a.$[x]': 1}}", "[{}]", 9, "Cannot use an expression without a top-level field name in arrayFilters")]
    [InlineData("{$set: {'a.$[x]': 1}}", "[{x: 1, y: 1}]", 9, "Error parsing array filter :: caused by :: Expected a single top-level field name, found 'x' and 'y'")]
    [InlineData("{$set: {'a.$[x]': 1}}", "[1]", 14, null)]
    [InlineData("{x: 1}", "[{x: 1}]", 9, null)]
    [InlineData("[{$set: {a: 1}}]", "[{x: 1}]", 9, null)]
    public void ArrayFilters_Invalid_ThrowsMongoError(string update, string arrayFilters, int code, string? message)
    {
        var error = TestSupport.Throws(() => UpdateSpec.Parse(Shell.Value(update), Shell.Array(arrayFilters)));
        Assert.Equal(code, error.Code);
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }
    }
}
