namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class SetAndObjectOperatorTests
{
    [Theory]
    [InlineData("['a', 'b', 'c']", "{$setUnion: [['a', 'b', 'a'], ['b', 'c']]}")]
    [InlineData("[1, 'x']", "{$setUnion: [[1, 1.0], ['x']]}")]
    [InlineData("null", "{$setUnion: [['a'], null]}")]
    [InlineData("['b']", "{$setIntersection: [['a', 'b'], ['b', 'c']]}")]
    [InlineData("[]", "{$setIntersection: [['a'], []]}")]
    [InlineData("[]", "{$setIntersection: []}")]
    [InlineData("['a']", "{$setDifference: [['a', 'b', 'a'], ['b']]}")]
    [InlineData("true", "{$setEquals: [['a', 'b', 'a'], ['b', 'a']]}")]
    [InlineData("false", "{$setEquals: [['a', 'b'], ['a']]}")]
    [InlineData("true", "{$setIsSubset: [['a', 'b'], [['a'], 'a', 'b']]}")]
    [InlineData("false", "{$setIsSubset: [['a', 'c'], ['a', 'b']]}")]
    [InlineData("true", "{$anyElementTrue: [[true, false]]}")]
    [InlineData("false", "{$anyElementTrue: [[]]}")]
    [InlineData("false", "{$anyElementTrue: [[null, 0, false]]}")]
    [InlineData("true", "{$allElementsTrue: [[]]}")]
    [InlineData("false", "{$allElementsTrue: [[1, 0]]}")]
    [InlineData("true", "{$allElementsTrue: [[1, 'a', [false]]]}")]
    public void SetOperators_TreatArraysAsSets(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(17043, "{$setUnion: [['a'], 5]}")]
    [InlineData(17047, "{$setIntersection: [['a'], 'x']}")]
    [InlineData(17048, "{$setDifference: [5, ['a']]}")]
    [InlineData(17049, "{$setDifference: [['a'], 5]}")]
    [InlineData(17044, "{$setEquals: [['a'], null]}")]
    [InlineData(17045, "{$setEquals: [['a']]}")]
    [InlineData(17046, "{$setIsSubset: [5, ['a']]}")]
    [InlineData(17042, "{$setIsSubset: [['a'], 5]}")]
    [InlineData(17041, "{$anyElementTrue: [5]}")]
    [InlineData(17040, "{$allElementsTrue: ['$missing']}")]
    public void SetOperators_NonArrays_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("{a: 1, b: 3, c: 4}", "{$mergeObjects: [{a: 1, b: 2}, {b: 3, c: 4}]}")]
    [InlineData("{a: 1}", "{$mergeObjects: [{a: 1}, null, '$missing']}")]
    [InlineData("{}", "{$mergeObjects: []}")]
    [InlineData("{a: 1}", "{$mergeObjects: {a: 1}}")]
    public void MergeObjects_MergesLeftToRight(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void MergeObjects_NonDocument_Fails() => ExpressionAssert.Fails(40400, "{$mergeObjects: [{a: 1}, 5]}");

    [Theory]
    [InlineData("[{k: 'a', v: 1}, {k: 'b', v: {c: 2}}]", "{$objectToArray: {a: 1, b: {c: 2}}}")]
    [InlineData("null", "{$objectToArray: null}")]
    [InlineData("{item: 'abc123', qty: 25}", "{$arrayToObject: [[{k: 'item', v: 'abc123'}, {k: 'qty', v: 25}]]}")]
    [InlineData("{item: 'abc123', qty: 25}", "{$arrayToObject: [[['item', 'abc123'], ['qty', 25]]]}")]
    [InlineData("{a: 3, b: 2}", "{$arrayToObject: [[['a', 1], ['b', 2], ['a', 3]]]}")]
    [InlineData("{}", "{$arrayToObject: [[]]}")]
    [InlineData("null", "{$arrayToObject: '$missing'}")]
    public void ObjectArrayConversions_RoundTrip(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(40390, "{$objectToArray: 5}")]
    [InlineData(40386, "{$arrayToObject: 5}")]
    [InlineData(40397, "{$arrayToObject: [[['a', 1, 2]]]}")]
    [InlineData(40395, "{$arrayToObject: [[[1, 2]]]}")]
    [InlineData(40392, "{$arrayToObject: [[{k: 'a'}]]}")]
    [InlineData(40393, "{$arrayToObject: [[{k: 'a', x: 1}]]}")]
    [InlineData(40394, "{$arrayToObject: [[{k: 1, v: 1}]]}")]
    [InlineData(40391, "{$arrayToObject: [[{k: 'a', v: 1}, ['b', 2]]]}")]
    [InlineData(40398, "{$arrayToObject: [[5]]}")]
    public void ArrayToObject_InvalidInput_Fails(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("5", "{$getField: 'price.usd'}", "{'price.usd': 5}")]
    [InlineData("7", "{$getField: {field: 'qty', input: '$item'}}", "{item: {qty: 7}}")]
    [InlineData("9", "{$getField: {field: {$literal: '$price'}, input: '$$CURRENT'}}", "{$price: 9}")]
    [InlineData("MISSING", "{$getField: 'nope'}", "{a: 1}")]
    [InlineData("null", "{$getField: {field: 'a', input: null}}", "{}")]
    public void GetField_ReadsFieldsWithAnyName(string expected, string expression, string document) =>
        ExpressionAssert.Equal(expected, expression, document);

    [Theory]
    [InlineData("{a: 1, 'b.c': 2}", "{$setField: {field: 'b.c', input: '$$ROOT', value: 2}}", "{a: 1}")]
    [InlineData("{a: 5}", "{$setField: {field: 'a', input: '$$ROOT', value: 5}}", "{a: 1}")]
    [InlineData("{b: 2}", "{$setField: {field: 'a', input: '$$ROOT', value: '$$REMOVE'}}", "{a: 1, b: 2}")]
    [InlineData("{b: 2}", "{$unsetField: {field: 'a', input: '$$ROOT'}}", "{a: 1, b: 2}")]
    [InlineData("null", "{$unsetField: {field: 'a', input: '$missing'}}", "{}")]
    public void SetField_SetsOrRemovesFields(string expected, string expression, string document) =>
        ExpressionAssert.Equal(expected, expression, document);

    [Theory]
    [InlineData(5654602, "{$getField: {field: '$a'}}")]
    [InlineData(3041705, "{$getField: {field: 'a', input: 5}}")]
    [InlineData(4161108, "{$setField: {field: '$a', input: {}, value: 1}}")]
    [InlineData(4161105, "{$setField: {field: 'a', input: 5, value: 1}}")]
    [InlineData(4161103, "{$setField: {field: 'a', input: {}}}")]
    public void GetAndSetField_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);
}
