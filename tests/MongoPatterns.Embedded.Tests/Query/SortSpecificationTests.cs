using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class SortSpecificationTests
{
    private static string[] SortIds(string sort, params string[] documents)
    {
        var specification = SortSpecification.Parse(Shell.Doc(sort));
        return specification.Sort(documents.Select(Shell.Doc)).Select(d => d["_id"].AsString).ToArray();
    }

    [Fact]
    public void Sort_MixedTypes_FollowsBsonTypeOrder()
    {
        var ids = SortIds(
            "{a: 1}",
            "{_id: 'maxkey', a: MaxKey}",
            "{_id: 'date', a: new Date(0)}",
            "{_id: 'bool', a: true}",
            "{_id: 'oid', a: ObjectId('5f1f1f1f1f1f1f1f1f1f1f1f')}",
            "{_id: 'bin', a: BinData(0, 'AQ==')}",
            "{_id: 'doc', a: {x: 1}}",
            "{_id: 'string', a: 'x'}",
            "{_id: 'number', a: 5}",
            "{_id: 'null', a: null}",
            "{_id: 'minkey', a: MinKey}",
            "{_id: 'regex', a: /x/}",
            "{_id: 'timestamp', a: Timestamp(1, 1)}");
        Assert.Equal(["minkey", "null", "number", "string", "doc", "bin", "oid", "bool", "date", "timestamp", "regex", "maxkey"], ids);
    }

    [Fact]
    public void Sort_NumbersOfDifferentTypes_CompareByValue()
    {
        var ids = SortIds("{a: 1}", "{_id: 'd', a: 2.5}", "{_id: 'l', a: NumberLong(3)}", "{_id: 'i', a: 1}", "{_id: 'm', a: NumberDecimal('-1')}");
        Assert.Equal(["m", "i", "d", "l"], ids);
    }

    [Fact]
    public void Sort_Descending_ReversesOrder()
    {
        var ids = SortIds("{a: -1}", "{_id: 'x', a: 1}", "{_id: 'y', a: 3}", "{_id: 'z', a: 2}");
        Assert.Equal(["y", "z", "x"], ids);
    }

    [Fact]
    public void Sort_Arrays_UseSmallestElementAscendingAndLargestDescending()
    {
        string[] documents = ["{_id: 'a', v: [1, 5]}", "{_id: 'b', v: [2, 3]}", "{_id: 'c', v: 4}"];
        Assert.Equal(["a", "b", "c"], SortIds("{v: 1}", documents));
        Assert.Equal(["a", "c", "b"], SortIds("{v: -1}", documents));
    }

    [Fact]
    public void Sort_EmptyArray_SortsBeforeNullAndMissing()
    {
        var ids = SortIds("{v: 1}", "{_id: 'one', v: 1}", "{_id: 'null', v: null}", "{_id: 'missing'}", "{_id: 'empty', v: []}");
        Assert.Equal(["empty", "null", "missing", "one"], ids);
    }

    [Fact]
    public void Sort_MissingAndNull_TieAndKeepInputOrder()
    {
        var ids = SortIds("{v: 1}", "{_id: 'missing'}", "{_id: 'null', v: null}", "{_id: 'missing2'}");
        Assert.Equal(["missing", "null", "missing2"], ids);
    }

    [Fact]
    public void Sort_DottedPathThroughArray_UsesAllReachedValues()
    {
        var ids = SortIds(
            "{'a.b': 1}",
            "{_id: 'x', a: [{b: 3}, {b: 1}]}",
            "{_id: 'y', a: {b: 2}}",
            "{_id: 'z', a: [{b: 0}]}");
        Assert.Equal(["z", "x", "y"], ids);
    }

    [Fact]
    public void Sort_NumericPathPart_AddressesArrayElement()
    {
        var ids = SortIds("{'a.1': 1}", "{_id: 'x', a: [0, 9]}", "{_id: 'y', a: [9, 1]}");
        Assert.Equal(["y", "x"], ids);
    }

    [Fact]
    public void Sort_CompoundKeys_BreakTiesWithLaterKeys()
    {
        var ids = SortIds(
            "{a: 1, b: -1}",
            "{_id: 'x', a: 1, b: 1}",
            "{_id: 'y', a: 1, b: 2}",
            "{_id: 'z', a: 0, b: 0}");
        Assert.Equal(["z", "y", "x"], ids);
    }

    [Fact]
    public void Sort_EqualKeys_AreStable()
    {
        var documents = Enumerable.Range(0, 50).Select(i => $"{{_id: '{i}', k: {i % 3}}}").ToArray();
        var ids = SortIds("{k: 1}", documents);
        var expected = Enumerable.Range(0, 50).OrderBy(i => i % 3).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Sort_Strings_CompareByCodePoint()
    {
        var ids = SortIds("{s: 1}", "{_id: 'b', s: 'b'}", "{_id: 'B', s: 'B'}", "{_id: 'a', s: 'a'}", "{_id: 'long', s: 'ab'}");
        Assert.Equal(["B", "a", "long", "b"], ids);
    }

    [Fact]
    public void Sort_TextScore_HighestFirst()
    {
        var specification = SortSpecification.Parse(Shell.Doc("{score: {$meta: 'textScore'}}"));
        Assert.True(specification.NeedsTextScore);
        var items = new[] { ("low", 0.5), ("high", 2.0), ("mid", 1.0) };
        var sorted = specification.Sort(items, _ => new BsonDocument(), item => item.Item2);
        Assert.Equal(["high", "mid", "low"], sorted.Select(i => i.Item1));
    }

    [Fact]
    public void GetSortKey_ReturnsOneValuePerField()
    {
        var specification = SortSpecification.Parse(Shell.Doc("{a: 1, b: -1}"));
        var key = specification.GetSortKey(Shell.Doc("{a: [3, 1], b: [3, 7]}"));
        TestSupport.AssertBsonEqual(new BsonInt32(1), key[0]);
        TestSupport.AssertBsonEqual(new BsonInt32(7), key[1]);
    }

    [Fact]
    public void Compare_UsesSortSemantics()
    {
        var specification = SortSpecification.Parse(Shell.Doc("{a: 1}"));
        Assert.True(specification.Compare(Shell.Doc("{a: 1}"), Shell.Doc("{a: 2}")) < 0);
        Assert.Equal(0, specification.Compare(Shell.Doc("{}"), Shell.Doc("{a: null}")));
    }

    [Fact]
    public void Parse_FractionalDirection_IsTruncated()
    {
        var specification = SortSpecification.Parse(Shell.Doc("{a: 1.5, b: NumberLong(-1)}"));
        Assert.Equal([("a", 1), ("b", -1)], specification.Keys);
    }

    [Fact]
    public void Parse_Empty_DoesNotSort()
    {
        var specification = SortSpecification.Parse(new BsonDocument());
        Assert.True(specification.IsEmpty);
        var sorted = specification.Sort([Shell.Doc("{a: 2}"), Shell.Doc("{a: 1}")]);
        Assert.Equal(2, sorted[0]["a"].AsInt32);
    }

    [Theory]
    [InlineData("{a: 2}", 15975)]
    [InlineData("{a: 0}", 15975)]
    [InlineData("{a: -2}", 15975)]
    [InlineData("{a: 'x'}", 15974)]
    [InlineData("{a: true}", 15974)]
    [InlineData("{a: {$meta: 'foo'}}", 31138)]
    [InlineData("{a: {b: 1}}", 17312)]
    [InlineData("{a: {$meta: 'textScore', x: 1}}", 9)]
    [InlineData("{'': 1}", 40352)]
    [InlineData("{'a..b': 1}", 15998)]
    [InlineData("{$a: 1}", 16410)]
    public void Parse_Invalid_ThrowsMongoError(string sort, int code) =>
        Assert.Equal(code, TestSupport.Throws(() => SortSpecification.Parse(Shell.Doc(sort))).Code);

    [Fact]
    public void Parse_BadDirection_ReportsMongoDbMessage() =>
        Assert.Equal(
            "$sort key ordering must be 1 (for ascending) or -1 (for descending)",
            TestSupport.Throws(() => SortSpecification.Parse(Shell.Doc("{a: 2}"))).Message);
}
