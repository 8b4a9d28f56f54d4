namespace MongoPatterns.Embedded.Tests.Expressions;

public sealed class ArrayOperatorTests
{
    [Theory]
    [InlineData("3", "{$size: [[1, 2, 3]]}")]
    [InlineData("0", "{$size: [[]]}")]
    [InlineData("2", "{$size: '$a'}")]
    public void Size_CountsElements(string expected, string expression) => ExpressionAssert.Equal(expected, expression, "{a: ['x', 'y']}");

    [Theory]
    [InlineData("{$size: '$missing'}")]
    [InlineData("{$size: 5}")]
    [InlineData("{$size: null}")]
    public void Size_NonArray_FailsWith17124(string expression) => ExpressionAssert.Fails(17124, expression);

    [Fact]
    public void Size_Missing_ReportsTypeMissing() =>
        Assert.Equal(
            "The argument to $size must be an array. Type of the argument was: missing",
            ExpressionAssert.Fails(17124, "{$size: '$missing'}").Message);

    [Theory]
    [InlineData("1", "{$arrayElemAt: [[1, 2, 3], 0]}")]
    [InlineData("3", "{$arrayElemAt: [[1, 2, 3], -1]}")]
    [InlineData("MISSING", "{$arrayElemAt: [[1, 2, 3], 15]}")]
    [InlineData("MISSING", "{$arrayElemAt: [[1, 2, 3], -4]}")]
    [InlineData("2", "{$arrayElemAt: [[1, 2, 3], 1.0]}")]
    [InlineData("null", "{$arrayElemAt: ['$missing', 0]}")]
    [InlineData("1", "{$first: [[1, 2, 3]]}")]
    [InlineData("3", "{$last: [[1, 2, 3]]}")]
    [InlineData("MISSING", "{$first: [[]]}")]
    [InlineData("null", "{$first: null}")]
    [InlineData("null", "{$last: '$missing'}")]
    public void ElementAccess_ReturnsElementOrMissing(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(28689, "{$arrayElemAt: ['abc', 0]}")]
    [InlineData(28690, "{$arrayElemAt: [[1], 'x']}")]
    [InlineData(28691, "{$arrayElemAt: [[1], 1.5]}")]
    [InlineData(28689, "{$first: 5}")]
    public void ElementAccess_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("[{item_id: 2, quantity: 1, price: 240}]", "{$filter: {input: '$items', as: 'item', cond: {$gte: ['$$item.price', 100]}}}")]
    [InlineData("[{item_id: 2, quantity: 1, price: 240}]", "{$filter: {input: '$items', cond: {$gte: ['$$this.price', 100]}}}")]
    [InlineData("[{item_id: 43, quantity: 2, price: 10}]", "{$filter: {input: '$items', cond: {$lt: ['$$this.price', 100]}, limit: 1}}")]
    [InlineData("null", "{$filter: {input: '$missing', cond: true}}")]
    public void Filter_KeepsMatchingElements(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression, "{items: [{item_id: 43, quantity: 2, price: 10}, {item_id: 2, quantity: 1, price: 240}, {item_id: 3, quantity: 5, price: 5}]}");

    [Theory]
    [InlineData(28651, "{$filter: {input: 5, cond: true}}")]
    [InlineData(28648, "{$filter: {cond: true}}")]
    [InlineData(28650, "{$filter: {input: []}}")]
    [InlineData(28647, "{$filter: {input: [], cond: true, x: 1}}")]
    [InlineData(327392, "{$filter: {input: [1], cond: true, limit: 0}}")]
    [InlineData(9, "{$filter: {input: [1], as: 'Bad', cond: true}}")]
    public void Filter_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("[6, 7, 8]", "{$map: {input: '$quizzes', as: 'grade', in: {$add: ['$$grade', 1]}}}")]
    [InlineData("[10, 12, 14]", "{$map: {input: '$quizzes', in: {$multiply: ['$$this', 2]}}}")]
    [InlineData("[null, null, null]", "{$map: {input: '$quizzes', in: '$$REMOVE'}}")]
    [InlineData("null", "{$map: {input: '$missing', in: 1}}")]
    [InlineData("[[5], [6], [7]]", "{$map: {input: '$quizzes', as: 'q', in: {$map: {input: [1], as: 'r', in: '$$q'}}}}")]
    public void Map_TransformsElements(string expected, string expression) =>
        ExpressionAssert.Equal(expected, expression, "{quizzes: [5, 6, 7]}");

    [Theory]
    [InlineData(16883, "{$map: {input: 5, in: 1}}")]
    [InlineData(16880, "{$map: {in: 1}}")]
    [InlineData(16882, "{$map: {input: []}}")]
    [InlineData(16879, "{$map: {input: [], in: 1, x: 1}}")]
    [InlineData(17276, "{$map: {input: [], as: 'a', in: '$$b'}}")]
    public void Map_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("'abc'", "{$reduce: {input: ['a', 'b', 'c'], initialValue: '', in: {$concat: ['$$value', '$$this']}}}")]
    [InlineData("{sum: 15, product: 48}", "{$reduce: {input: [1, 2, 3, 4], initialValue: {sum: 5, product: 2}, in: {sum: {$add: ['$$value.sum', '$$this']}, product: {$multiply: ['$$value.product', '$$this']}}}}")]
    [InlineData("[1, 2, 3, 4, 5, 6]", "{$reduce: {input: [[3, 4], [5, 6]], initialValue: [1, 2], in: {$concatArrays: ['$$value', '$$this']}}}")]
    [InlineData("0", "{$reduce: {input: [], initialValue: 0, in: {$add: ['$$value', '$$this']}}}")]
    [InlineData("null", "{$reduce: {input: null, initialValue: 0, in: 1}}")]
    public void Reduce_FoldsElements(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(40080, "{$reduce: {input: 5, initialValue: 0, in: 1}}")]
    [InlineData(40077, "{$reduce: {initialValue: 0, in: 1}}")]
    [InlineData(40078, "{$reduce: {input: [], in: 1}}")]
    [InlineData(40079, "{$reduce: {input: [], initialValue: 0}}")]
    public void Reduce_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("true", "{$in: [2, [1, 2, 3]]}")]
    [InlineData("true", "{$in: [2.0, [1, 2, 3]]}")]
    [InlineData("false", "{$in: ['abc', ['ab', 'abcd']]}")]
    [InlineData("true", "{$in: [[1], [[1], 2]]}")]
    [InlineData("false", "{$in: ['$missing', [null]]}")]
    [InlineData("true", "{$in: [null, [null]]}")]
    public void In_TestsMembership(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void In_NonArray_Fails() => ExpressionAssert.Fails(40081, "{$in: [1, '$missing']}");

    [Theory]
    [InlineData("1", "{$indexOfArray: [['a', 'abc'], 'abc']}")]
    [InlineData("-1", "{$indexOfArray: [[1, 2], 5]}")]
    [InlineData("3", "{$indexOfArray: [[1, 2, 3, 1], 1, 1]}")]
    [InlineData("-1", "{$indexOfArray: [[1, 2, 3, 1], 1, 1, 3]}")]
    [InlineData("null", "{$indexOfArray: [null, 1]}")]
    public void IndexOfArray_FindsElement(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(40090, "{$indexOfArray: ['abc', 'a']}")]
    [InlineData(40096, "{$indexOfArray: [[1], 1, 'x']}")]
    [InlineData(40097, "{$indexOfArray: [[1], 1, -1]}")]
    public void IndexOfArray_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("['hello', ' ', 'world']", "{$concatArrays: [['hello', ' '], ['world']]}")]
    [InlineData("['hello', ' ', ['world'], 'again']", "{$concatArrays: [['hello', ' '], [['world'], 'again']]}")]
    [InlineData("[]", "{$concatArrays: []}")]
    [InlineData("null", "{$concatArrays: [[1], '$missing']}")]
    public void ConcatArrays_JoinsArrays(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Fact]
    public void ConcatArrays_NonArray_Fails() => ExpressionAssert.Fails(28664, "{$concatArrays: [[1], 2]}");

    [Theory]
    [InlineData("[1]", "{$slice: [[1, 2, 3], 1]}")]
    [InlineData("[2, 3]", "{$slice: [[1, 2, 3], -2]}")]
    [InlineData("[2, 3]", "{$slice: [[1, 2, 3], 1, 2]}")]
    [InlineData("[1, 2, 3]", "{$slice: [[1, 2, 3], -5, 10]}")]
    [InlineData("[]", "{$slice: [[1, 2, 3], 15, 2]}")]
    [InlineData("[2]", "{$slice: [[1, 2, 3], -2, 1]}")]
    [InlineData("null", "{$slice: [null, 1]}")]
    public void Slice_TakesSubarrays(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(28724, "{$slice: ['abc', 1]}")]
    [InlineData(28725, "{$slice: [[1], 'x']}")]
    [InlineData(28729, "{$slice: [[1], 0, 0]}")]
    [InlineData(28667, "{$slice: [[1]]}")]
    public void Slice_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("[3, 2, 1]", "{$reverseArray: [[1, 2, 3]]}")]
    [InlineData("[]", "{$reverseArray: [[]]}")]
    [InlineData("null", "{$reverseArray: '$missing'}")]
    [InlineData("[0, 1, 2, 3, 4]", "{$range: [0, 5]}")]
    [InlineData("[0, 2, 4]", "{$range: [0, 5, 2]}")]
    [InlineData("[10, 8, 6, 4, 2]", "{$range: [10, 0, -2]}")]
    [InlineData("[]", "{$range: [0, 10, -1]}")]
    [InlineData("true", "{$isArray: [[1, 2]]}")]
    [InlineData("false", "{$isArray: 'abc'}")]
    [InlineData("false", "{$isArray: '$missing'}")]
    public void ReverseRangeAndIsArray_Work(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(34435, "{$reverseArray: 5}")]
    [InlineData(34443, "{$range: ['a', 5]}")]
    [InlineData(34444, "{$range: [1.5, 5]}")]
    [InlineData(34445, "{$range: [0, 'x']}")]
    [InlineData(34449, "{$range: [0, 5, 0]}")]
    public void ReverseAndRange_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("[[1, 'a'], [2, 'b']]", "{$zip: {inputs: [[1, 2, 3], ['a', 'b']]}}")]
    [InlineData("[[1, 'a'], [2, 'b'], [3, null]]", "{$zip: {inputs: [[1, 2, 3], ['a', 'b']], useLongestLength: true}}")]
    [InlineData("[[1, 'a'], [2, 'b'], [3, 'z']]", "{$zip: {inputs: [[1, 2, 3], ['a', 'b']], useLongestLength: true, defaults: [0, 'z']}}")]
    [InlineData("null", "{$zip: {inputs: [[1], '$missing']}}")]
    public void Zip_TransposesArrays(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(34468, "{$zip: {inputs: [[1], 5]}}")]
    [InlineData(34461, "{$zip: {inputs: 5}}")]
    [InlineData(34466, "{$zip: {inputs: [[1]], defaults: [1]}}")]
    [InlineData(34467, "{$zip: {inputs: [[1]], useLongestLength: true, defaults: [1, 2]}}")]
    [InlineData(34464, "{$zip: {inputs: [[1]], x: 1}}")]
    public void Zip_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("[1, 2, 3]", "{$sortArray: {input: [3, 1, 2], sortBy: 1}}")]
    [InlineData("[3, 2, 1]", "{$sortArray: {input: [3, 1, 2], sortBy: -1}}")]
    [InlineData("[1, 'a', {}]", "{$sortArray: {input: [{}, 'a', 1], sortBy: 1}}")]
    [InlineData("[{n: 'b', a: 1}, {n: 'a', a: 2}, {n: 'c', a: 2}]", "{$sortArray: {input: [{n: 'a', a: 2}, {n: 'b', a: 1}, {n: 'c', a: 2}], sortBy: {a: 1}}}")]
    [InlineData("[{n: 'c', a: 2}, {n: 'a', a: 2}, {n: 'b', a: 1}]", "{$sortArray: {input: [{n: 'a', a: 2}, {n: 'b', a: 1}, {n: 'c', a: 2}], sortBy: {a: -1, n: -1}}}")]
    [InlineData("null", "{$sortArray: {input: null, sortBy: 1}}")]
    public void SortArray_SortsValuesOrDocuments(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(2942504, "{$sortArray: {input: 5, sortBy: 1}}")]
    [InlineData(2942503, "{$sortArray: {input: []}}")]
    [InlineData(2942502, "{$sortArray: {sortBy: 1}}")]
    [InlineData(2942506, "{$sortArray: {input: [], sortBy: 2}}")]
    public void SortArray_InvalidArguments_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);

    [Theory]
    [InlineData("6", "{$sum: [[1, 2, 3]]}")]
    [InlineData("6", "{$sum: [1, 2, 3]}")]
    [InlineData("3", "{$sum: [1, 'a', 2, null]}")]
    [InlineData("0", "{$sum: ['$missing']}")]
    [InlineData("NumberLong(3)", "{$sum: [1, NumberLong(2)]}")]
    [InlineData("2.0", "{$avg: [[1, 2, 3]]}")]
    [InlineData("null", "{$avg: [['a']]}")]
    [InlineData("3", "{$max: [[1, 3, 2]]}")]
    [InlineData("'a'", "{$max: [1, 'a', null]}")]
    [InlineData("1", "{$min: [[null, 1, 3]]}")]
    [InlineData("null", "{$min: [[null]]}")]
    [InlineData("1.0", "{$stdDevPop: [[1, 3]]}")]
    [InlineData("1.4142135623730951", "{$stdDevSamp: [[1, 3]]}")]
    [InlineData("null", "{$stdDevSamp: [[1]]}")]
    public void GroupOperatorsOnArrays_AggregateElements(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData("[1, 2]", "{$firstN: {n: 2, input: [1, 2, 3]}}")]
    [InlineData("[2, 3]", "{$lastN: {n: 2, input: [1, 2, 3]}}")]
    [InlineData("[3, 2]", "{$maxN: {n: 2, input: [1, 3, null, 2]}}")]
    [InlineData("[1, 2]", "{$minN: {n: 2, input: [3, null, 1, 2]}}")]
    [InlineData("[1, 2, 3]", "{$firstN: {n: 10, input: [1, 2, 3]}}")]
    public void NOperators_PickElements(string expected, string expression) => ExpressionAssert.Equal(expected, expression);

    [Theory]
    [InlineData(5787908, "{$firstN: {n: 0, input: [1]}}")]
    [InlineData(5787902, "{$firstN: {n: 'x', input: [1]}}")]
    public void NOperators_InvalidN_Fail(int code, string expression) => ExpressionAssert.Fails(code, expression);
}
