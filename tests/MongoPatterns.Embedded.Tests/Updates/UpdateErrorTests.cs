using MongoPatterns.Embedded.Tests.Query;
using MongoPatterns.Embedded.Updates;
using static MongoPatterns.Embedded.Tests.Updates.UpdateTestSupport;

namespace MongoPatterns.Embedded.Tests.Updates;

public sealed class UpdateErrorTests
{
    [Theory]
    [InlineData("{$foo: {a: 1}}", 9, "Unknown modifier: $foo. Expected a valid update modifier or pipeline-style update specified as an array")]
    [InlineData("{$set: {a: 1}, b: 2}", 9, "Unknown modifier: b. Expected a valid update modifier or pipeline-style update specified as an array")]
    [InlineData("{$set: 1}", 9, "Modifiers operate on fields but we found type int instead. For example: {$mod: {<field>: ...}} not {$set: 1}")]
    [InlineData("{$set: {}}", 9, "'$set' is empty. You must specify a field like so: {$set: {<field>: ...}}")]
    [InlineData("{$set: {a: 1}, $inc: {a: 1}}", 40, "Updating the path 'a' would create a conflict at 'a'")]
    [InlineData("{$set: {'a.b': 1, a: 1}}", 40, "Updating the path 'a' would create a conflict at 'a'")]
    [InlineData("{$set: {a: 1, 'a.b': 1}}", 40, "Updating the path 'a.b' would create a conflict at 'a'")]
    [InlineData("{$set: {'a.b.c': 1}, $unset: {'a.b': 1}}", 40, "Updating the path 'a.b' would create a conflict at 'a.b'")]
    [InlineData("{$rename: {a: 'b'}, $set: {b: 1}}", 40, "Updating the path 'b' would create a conflict at 'b'")]
    [InlineData("{$rename: {a: 'b'}, $set: {a: 1}}", 40, "Updating the path 'a' would create a conflict at 'a'")]
    [InlineData("{$set: {'': 1}}", 56, "An empty update path is not valid.")]
    [InlineData("{$set: {'a..b': 1}}", 56, "The update path 'a..b' contains an empty field name, which is not allowed.")]
    [InlineData("{$set: {'a.': 1}}", 56, "The update path 'a.' contains an empty field name, which is not allowed.")]
    [InlineData("{$set: {$foo: 1}}", 52, "The dollar ($) prefixed field '$foo' in '$foo' is not valid for storage.")]
    [InlineData("{$set: {'a.$foo': 1}}", 52, "The dollar ($) prefixed field '$foo' in 'a.$foo' is not valid for storage.")]
    [InlineData("{$set: {'a.$.b.$': 1}}", 2, "Too many positional (i.e. '$') elements found in path 'a.$.b.$'")]
    [InlineData("{$set: {'$.a': 1}}", 2, "Cannot have positional (i.e. '$') element in the first position in path '$.a'")]
    [InlineData("{$set: {'$[]': 1}}", 2, "Cannot have array filter identifier (i.e. '$[<id>]') element in the first position in path '$[]'")]
    [InlineData("{$set: {'a.$[x]': 1}}", 2, "No array filter found for identifier 'x' in path 'a.$[x]'")]
    [InlineData("{$inc: {a: 'x'}}", 14, "Cannot increment with non-numeric argument: {a: \"x\"}")]
    [InlineData("{$mul: {a: 'x'}}", 14, "Cannot multiply with non-numeric argument: {a: \"x\"}")]
    [InlineData("{$rename: {a: 1}}", 2, "The 'to' field for $rename must be a string: a: 1")]
    [InlineData("{$rename: {a: 'a'}}", 2, "The source and target field for $rename must differ: a: \"a\"")]
    [InlineData("{$rename: {a: 'a.b'}}", 2, "The source and target field for $rename must not be on the same path: a: \"a.b\"")]
    [InlineData("{$rename: {'a.b': 'a'}}", 2, "The source and target field for $rename must not be on the same path: a.b: \"a\"")]
    [InlineData("{$rename: {'a.$': 'b'}}", 2, "The source field for $rename may not be dynamic: a.$")]
    [InlineData("{$rename: {a: 'b.$[]'}}", 2, "The destination field for $rename may not be dynamic: b.$[]")]
    [InlineData("{$rename: {a: ''}}", 56, "An empty update path is not valid.")]
    [InlineData("{$currentDate: {a: 1}}", 2, null)]
    [InlineData("{$currentDate: {a: {$type: 'x'}}}", 2, "The '$type' string field is required to be 'date' or 'timestamp': {$currentDate: {field : {$type: 'date'}}}")]
    [InlineData("{$currentDate: {a: {foo: 1}}}", 2, "Unrecognized $currentDate option: foo")]
    [InlineData("{$push: {a: {$each: 1}}}", 2, "The argument to $each in $push must be an array but it was of type: int")]
    [InlineData("{$push: {a: {$each: [1], $foo: 1}}}", 2, "Unrecognized clause in $push: $foo")]
    [InlineData("{$push: {a: {$each: [1], $slice: 1.5}}}", 2, "The value for $slice must be an integer value but was given type: double")]
    [InlineData("{$push: {a: {$each: [1], $sort: 2}}}", 2, null)]
    [InlineData("{$push: {a: {$each: [1], $sort: {b: 2}}}}", 2, null)]
    [InlineData("{$push: {a: {$each: [1], $position: 'x'}}}", 2, "The value for $position must be an integer value, not of type: string")]
    [InlineData("{$addToSet: {a: {$each: 1}}}", 14, "The argument to $each in $addToSet must be an array but it was of type int")]
    [InlineData("{$addToSet: {a: {$each: [1], x: 1}}}", 2, null)]
    [InlineData("{$pop: {a: 2}}", 2, "$pop expects 1 or -1, found: 2")]
    [InlineData("{$pop: {a: 'x'}}", 2, "Expected a number in: a: \"x\"")]
    [InlineData("{$pullAll: {a: 1}}", 2, "$pullAll requires an array argument but was given a int")]
    [InlineData("{$bit: {a: 1}}", 2, null)]
    [InlineData("{$bit: {a: {}}}", 2, "You must pass in at least one bitwise operation. The format is: {$bit: {field: {and/or/xor: #}}")]
    [InlineData("{$bit: {a: {foo: 1}}}", 2, null)]
    [InlineData("{$bit: {a: {and: 1.0}}}", 2, "The $bit modifier field must be an Integer(32/64 bit); a 'double' is not supported here: {and: 1.0}")]
    [InlineData("{$pull: {a: {$foo: 1}}}", 2, null)]
    [InlineData("{$pull: {a: {$gt: 1, $foo: 1}}}", 2, "unknown operator: $foo")]
    [InlineData("{b: 1, $set: {a: 1}}", 52, "The dollar ($) prefixed field '$set' in '$set' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.")]
    [InlineData("[1]", 14, null)]
    [InlineData("[{$group: {_id: null}}]", 72, "$group is not allowed to be used within an update")]
    [InlineData("[{$match: {}}]", 72, "$match is not allowed to be used within an update")]
    [InlineData("1", 9, null)]
    public void Parse_Invalid_ThrowsMongoError(string update, int code, string? message)
    {
        var error = TestSupport.Throws(() => UpdateSpec.Parse(Shell.Value(update), null));
        Assert.Equal(code, error.Code);
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }
    }

    [Theory]
    [InlineData("{$set: {'a.b': 1}}", "{_id: 1, a: 5}", 28, "Cannot create field 'b' in element {a: 5}")]
    [InlineData("{$set: {'a.b': 1}}", "{_id: 1, a: [1]}", 28, "Cannot create field 'b' in element {a: [ 1 ]}")]
    [InlineData("{$set: {'a.b.c': 1}}", "{_id: 1, a: {b: 'x'}}", 28, "Cannot create field 'c' in element {b: \"x\"}")]
    [InlineData("{$inc: {'a.b': 1}}", "{_id: 1, a: null}", 28, "Cannot create field 'b' in element {a: null}")]
    [InlineData("{$set: {_id: 2}}", "{_id: 1}", 66, "Performing an update on the path '_id' would modify the immutable field '_id'")]
    [InlineData("{$set: {_id: 1.0}}", "{_id: 1}", 66, null)]
    [InlineData("{$set: {'_id.a': 2}}", "{_id: {a: 1}}", 66, null)]
    [InlineData("{$unset: {_id: 1}}", "{_id: 1}", 66, null)]
    [InlineData("{$rename: {_id: 'x'}}", "{_id: 1}", 66, null)]
    [InlineData("{$inc: {a: 1}}", "{_id: 1, a: 'x'}", 14, "Cannot apply $inc to a value of non-numeric type. {_id: 1} has the field 'a' of non-numeric type string")]
    [InlineData("{$mul: {'b.a': 1}}", "{_id: 'k', b: {a: null}}", 14, "Cannot apply $mul to a value of non-numeric type. {_id: \"k\"} has the field 'a' of non-numeric type null")]
    [InlineData("{$inc: {a: 1}}", "{a: true}", 14, "Cannot apply $inc to a value of non-numeric type. {no id} has the field 'a' of non-numeric type bool")]
    [InlineData("{$inc: {a: 1}}", "{_id: 1, a: NumberLong(9223372036854775807)}", 2, "Failed to apply $inc operations to current value ((NumberLong)9223372036854775807) for document {_id: 1}")]
    [InlineData("{$mul: {a: NumberLong(2)}}", "{_id: 1, a: NumberLong(9223372036854775807)}", 2, "Failed to apply $mul operations to current value ((NumberLong)9223372036854775807) for document {_id: 1}")]
    [InlineData("{$push: {a: 1}}", "{_id: 1, a: 'x'}", 2, "The field 'a' must be an array but is of type string in document {_id: 1}")]
    [InlineData("{$addToSet: {a: 1}}", "{_id: 1, a: 'x'}", 2, "Cannot apply $addToSet to non-array field. Field named 'a' has non-array type string")]
    [InlineData("{$pop: {'x.a': 1}}", "{_id: 1, x: {a: 'x'}}", 14, "Path 'x.a' contains an element of non-array type 'string'")]
    [InlineData("{$pull: {a: 1}}", "{_id: 1, a: 'x'}", 2, "Cannot apply $pull to a non-array value")]
    [InlineData("{$pullAll: {a: [1]}}", "{_id: 1, a: 'x'}", 2, "Cannot apply $pullAll to a non-array value")]
    [InlineData("{$bit: {a: {and: 1}}}", "{_id: 1, a: 1.5}", 2, "Cannot apply $bit to a value of non-integral type.{_id: 1} has the field a of non-integer type double")]
    [InlineData("{$rename: {'a.0': 'b'}}", "{_id: 1, a: [1]}", 2, "The source field cannot be an array element, 'a.0' in doc with _id: 1 has an array field called 'a'")]
    [InlineData("{$rename: {a: 'b.0'}}", "{_id: 1, a: 1, b: [5]}", 2, "The destination field cannot be an array element, 'b.0' in doc with _id: 1 has an array field called 'b'")]
    [InlineData("{$set: {'a.$[]': 1}}", "{_id: 1}", 2, "The path 'a' must exist in the document in order to apply array updates.")]
    [InlineData("{$set: {'a.$[]': 1}}", "{_id: 1, a: 5}", 2, "Cannot apply array updates to non-array element a: 5")]
    [InlineData("{$set: {'a.$[].b': 1}}", "{_id: 1, a: [1, {b: 0}]}", 28, "Cannot create field 'b' in element {0: 1}")]
    public void Apply_Invalid_ThrowsMongoError(string update, string document, int code, string? message) =>
        AssertFails(update, document, code, message);

    [Fact]
    public void Apply_PositionalWithoutMatch_Throws() =>
        AssertFails("{$set: {'a.$': 1}}", "{_id: 1, b: 1, a: [1]}", 2, "The positional operator did not find the match needed from the query.", filter: "{b: 1}");

    [Fact]
    public void Apply_PositionalAndExplicitIndexOnSameElement_Conflict() =>
        AssertFails("{$set: {'a.$': 1, 'a.1': 2}}", "{_id: 1, a: [0, 5]}", 40, "Update created a conflict at 'a.1'", filter: "{a: 5}");

    [Fact]
    public void Apply_AllPositionalAndFilterOnSameElement_Conflict() =>
        AssertFails("{$set: {'a.$[]': 1, 'a.$[x]': 2}}", "{_id: 1, a: [1]}", 40, "Update created a conflict at 'a.0'", arrayFilters: "[{x: 1}]");
}
