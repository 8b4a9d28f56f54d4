using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class QueryFilterErrorTests
{
    [Theory]
    [InlineData("{$foo: 1}", 2, "unknown top level operator: $foo")]
    [InlineData("{a: {$foo: 1}}", 2, "unknown operator: $foo")]
    [InlineData("{a: {$gt: 1, b: 2}}", 2, "unknown operator: b")]
    [InlineData("{$and: []}", 2, "$and/$or/$nor must be a nonempty array")]
    [InlineData("{$or: {}}", 2, "$and/$or/$nor must be a nonempty array")]
    [InlineData("{$nor: [1]}", 2, "$or/$and/$nor entries need to be full objects")]
    [InlineData("{a: {$in: 1}}", 2, "$in needs an array")]
    [InlineData("{a: {$nin: 1}}", 2, "$nin needs an array")]
    [InlineData("{a: {$in: [{$gt: 1}]}}", 2, "cannot nest $ under $in")]
    [InlineData("{a: {$size: -1}}", 2, "$size may not be negative")]
    [InlineData("{a: {$size: 1.5}}", 2, "$size must be a whole number")]
    [InlineData("{a: {$size: 'a'}}", 2, "$size needs a number")]
    [InlineData("{a: {$mod: [0, 1]}}", 2, "divisor cannot be 0")]
    [InlineData("{a: {$mod: [1]}}", 2, "malformed mod, not enough elements")]
    [InlineData("{a: {$mod: [1, 2, 3]}}", 2, "malformed mod, too many elements")]
    [InlineData("{a: {$mod: 5}}", 2, "malformed mod, needs to be an array")]
    [InlineData("{a: {$mod: ['a', 1]}}", 2, "malformed mod, divisor not a number")]
    [InlineData("{a: {$mod: [1, 'a']}}", 2, "malformed mod, remainder not a number")]
    [InlineData("{a: {$mod: [NaN, 1]}}", 2, "malformed mod, divisor value is invalid")]
    [InlineData("{a: {$type: 'foo'}}", 2, "Unknown type name alias: foo")]
    [InlineData("{a: {$type: 100}}", 2, "Invalid numerical type code")]
    [InlineData("{a: {$type: []}}", 9, "must match at least one type")]
    [InlineData("{a: {$type: {}}}", 14, "type must be represented as a number or a string")]
    [InlineData("{a: {$not: 5}}", 2, "$not needs a regex or a document")]
    [InlineData("{a: {$not: {}}}", 2, "$not cannot be empty")]
    [InlineData("{a: {$not: {b: 1}}}", 2, "unknown operator: b")]
    [InlineData("{a: {$elemMatch: 1}}", 2, "$elemMatch needs an Object")]
    [InlineData("{a: {$elemMatch: {$gt: 1, b: 2}}}", 2, "unknown operator: b")]
    [InlineData("{a: {$all: 1}}", 2, "$all needs an array")]
    [InlineData("{a: {$all: [{$elemMatch: {}}, 1]}}", 2, "$all/$elemMatch has to be consistent")]
    [InlineData("{a: {$all: [{$gt: 1}]}}", 2, "no $ expressions in $all")]
    [InlineData("{a: {$regex: 1}}", 2, "$regex has to be a string")]
    [InlineData("{a: {$regex: 'a', $options: 1}}", 2, "$options has to be a string")]
    [InlineData("{a: {$options: 'i'}}", 2, "$options needs a $regex")]
    [InlineData("{a: {$regex: 'a', $options: 'z'}}", 51108, "invalid flag in regex options: z")]
    [InlineData("{a: /a/z}", 51108, "invalid flag in regex options: z")]
    [InlineData("{a: {$regex: '('}}", 51091, "Regular expression is invalid")]
    [InlineData("{a: {$regex: /a/i, $options: 'm'}}", 51075, "options set in both $regex and $options")]
    [InlineData("{a: {$options: 'm', $regex: /a/i}}", 51074, "options set in both $regex and $options")]
    [InlineData("{a: {$gt: /a/}}", 2, "Can't have RegEx as arg to predicate over field 'a'.")]
    [InlineData("{a: {$ne: /a/}}", 2, "Can't have regex as arg to $ne.")]
    [InlineData("{a: undefined}", 2, "cannot compare to undefined")]
    [InlineData("{a: {$gt: undefined}}", 2, "cannot compare to undefined")]
    [InlineData("{a: {$in: [undefined]}}", 2, "InMatchExpression equality cannot be undefined")]
    [InlineData("{$where: 'this.a == 1'}", 2, "$where is not supported")]
    [InlineData("{a: {$where: 1}}", 2, "$where cannot be applied to a field")]
    [InlineData("{$text: {$search: 'x'}}", 27, "text index required for $text query")]
    [InlineData("{a: {$near: [0, 0]}}", 238, "geospatial query operators are not supported")]
    [InlineData("{a: {$geoWithin: {$center: [[0, 0], 1]}}}", 238, "geospatial query operators are not supported")]
    [InlineData("{a: {$geoIntersects: {}}}", 238, "geospatial query operators are not supported")]
    [InlineData("{$jsonSchema: 1}", 14, "$jsonSchema must be an object")]
    [InlineData("{$alwaysTrue: 2}", 9, "$alwaysTrue must be an integer value of 1")]
    [InlineData("{a: {$bitsAllSet: -1}}", 9, "Expected a positive number in")]
    [InlineData("{a: {$bitsAllSet: 1.5}}", 9, "Expected an integer")]
    [InlineData("{a: {$bitsAllSet: [-1]}}", 2, "bit positions must be >= 0")]
    [InlineData("{a: {$bitsAllSet: [1.5]}}", 2, "bit positions must be an integer")]
    [InlineData("{a: {$bitsAllSet: 'x'}}", 2, "$bitsAllSet takes an Array, a number, or a BinData but received")]
    [InlineData("{a: {$elemMatch: {$expr: {$eq: [1, 1]}}}}", 2, "$expr can only be applied to the top-level document")]
    [InlineData("{a: {$elemMatch: {$text: {$search: 'x'}}}}", 2, "$text can only be applied to the top-level document")]
    public void Parse_InvalidFilter_ThrowsMongoError(string filter, int code, string message)
    {
        var error = TestSupport.Throws(() => QueryFilter.Parse(Shell.Doc(filter)));
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTopLevelOperator_HasMongoDbCodeName()
    {
        var error = TestSupport.Throws(() => QueryFilter.Parse(Shell.Doc("{$foo: 1}")));
        Assert.Equal("BadValue", error.CodeName);
        Assert.Equal(
            "unknown top level operator: $foo. If you have a field name that starts with a '$' symbol, consider using $getField or $setField.",
            error.Message);
    }

    [Fact]
    public void Parse_TwoTextExpressions_Throws()
    {
        var context = new QueryContext { TextIndex = new TextIndexDefinition(new Dictionary<string, int> { ["a"] = 1 }) };
        var error = TestSupport.Throws(() =>
            QueryFilter.Parse(Shell.Doc("{$and: [{$text: {$search: 'x'}}, {$text: {$search: 'y'}}]}"), context));
        Assert.Equal(2, error.Code);
    }
}
