namespace MongoPatterns.Embedded.Tests.Aggregation;

public sealed class GroupStageTests
{
    private const string Sales = """
        [
          {_id: 1, item: 'abc', price: NumberDecimal('10'), quantity: 2, date: ISODate('2014-03-01T08:00:00Z')},
          {_id: 2, item: 'jkl', price: NumberDecimal('20'), quantity: 1, date: ISODate('2014-03-01T09:00:00Z')},
          {_id: 3, item: 'xyz', price: NumberDecimal('5'), quantity: 10, date: ISODate('2014-03-15T09:00:00Z')},
          {_id: 4, item: 'xyz', price: NumberDecimal('5'), quantity: 20, date: ISODate('2014-04-04T11:21:39.736Z')},
          {_id: 5, item: 'abc', price: NumberDecimal('10'), quantity: 10, date: ISODate('2014-04-04T21:23:13.331Z')},
          {_id: 6, item: 'def', price: NumberDecimal('7.5'), quantity: 5, date: ISODate('2015-06-04T05:08:13Z')},
          {_id: 7, item: 'def', price: NumberDecimal('7.5'), quantity: 10, date: ISODate('2015-09-10T08:43:00Z')},
          {_id: 8, item: 'abc', price: NumberDecimal('10'), quantity: 5, date: ISODate('2016-02-06T20:20:13Z')}
        ]
        """;

    [Fact]
    public void Group_ByItem_SumsSaleAmounts() =>
        PipelineAssert.Equal(
            "[{_id: 'abc', totalSaleAmount: NumberDecimal('170')}, {_id: 'jkl', totalSaleAmount: NumberDecimal('20')}, {_id: 'xyz', totalSaleAmount: NumberDecimal('150')}, {_id: 'def', totalSaleAmount: NumberDecimal('112.5')}]",
            "[{$group: {_id: '$item', totalSaleAmount: {$sum: {$multiply: ['$price', '$quantity']}}}}]",
            Sales);

    [Fact]
    public void Group_ByNull_ComputesTotals() =>
        PipelineAssert.Equal(
            "[{_id: null, totalSaleAmount: NumberDecimal('452.5'), averageQuantity: 7.875, count: 8}]",
            "[{$group: {_id: null, totalSaleAmount: {$sum: {$multiply: ['$price', '$quantity']}}, averageQuantity: {$avg: '$quantity'}, count: {$sum: 1}}}]",
            Sales);

    [Fact]
    public void Group_ByComputedDocumentKey_GroupsByDay() =>
        PipelineAssert.Equal(
            "[{_id: {y: 2014, m: 3}, n: 3}, {_id: {y: 2014, m: 4}, n: 2}, {_id: {y: 2015, m: 6}, n: 1}, {_id: {y: 2015, m: 9}, n: 1}, {_id: {y: 2016, m: 2}, n: 1}]",
            "[{$group: {_id: {y: {$year: '$date'}, m: {$month: '$date'}}, n: {$count: {}}}}]",
            Sales);

    [Fact]
    public void Group_HavingViaMatch_FiltersGroups() =>
        PipelineAssert.Equal(
            "[{_id: 'abc', c: 3}]",
            "[{$group: {_id: '$item', c: {$sum: 1}}}, {$match: {c: 3}}]",
            Sales);

    [Fact]
    public void Group_MissingAndNullKeys_FallIntoTheSameGroup() =>
        PipelineAssert.Equal(
            "[{_id: null, n: 2}, {_id: 1, n: 2}]",
            "[{$group: {_id: '$k', n: {$sum: 1}}}]",
            "[{k: null}, {k: 1}, {}, {k: 1.0}]");

    [Fact]
    public void Group_Accumulators_GiveMongoResults() =>
        PipelineAssert.Equal(
            """
            [{_id: 'a', sum: 6, avg: 2.0, min: 1, max: 3, first: 1, last: 2, push: [1, null, 3, 2], set: [1, null, 3, 2], merged: {x: 3, y: 1}, count: 5, popDev: 0.816496580927726, sampleDev: 1.0,
              firstN: [1, null], lastN: [3, 2], maxN: [3, 2], minN: [1, 2], top: 3, bottom: null, topN: [3, 2], bottomN: [null, null]}]
            """,
            """
            [{$group: {_id: 'a', sum: {$sum: '$v'}, avg: {$avg: '$v'}, min: {$min: '$v'}, max: {$max: '$v'}, first: {$first: '$v'}, last: {$last: '$v'},
              push: {$push: '$v'}, set: {$addToSet: '$v'}, merged: {$mergeObjects: '$o'}, count: {$count: {}},
              popDev: {$stdDevPop: '$v'}, sampleDev: {$stdDevSamp: '$v'},
              firstN: {$firstN: {input: '$v', n: 2}}, lastN: {$lastN: {input: '$v', n: 2}}, maxN: {$maxN: {input: '$v', n: 2}}, minN: {$minN: {input: '$v', n: 2}},
              top: {$top: {sortBy: {v: -1}, output: '$v'}}, bottom: {$bottom: {sortBy: {v: -1}, output: '$v'}},
              topN: {$topN: {n: 2, sortBy: {v: -1}, output: '$v'}}, bottomN: {$bottomN: {n: 2, sortBy: {v: -1}, output: '$v'}}}}]
            """,
            "[{v: 1, o: {x: 1, y: 1}}, {v: null}, {}, {v: 3, o: {x: 3}}, {v: 2, o: null}]");

    [Fact]
    public void Group_EmptyGroupResults_AreNullOrZero() =>
        PipelineAssert.Equal(
            "[{_id: 1, s: 0, a: null, m: null, f: null, p: [], d: null}]",
            "[{$group: {_id: 1, s: {$sum: '$x'}, a: {$avg: '$x'}, m: {$max: '$x'}, f: {$first: '$x'}, p: {$push: '$x'}, d: {$stdDevPop: '$x'}}}]",
            "[{y: 1}]");

    [Fact]
    public void Group_SumTyping_PromotesOnOverflow() =>
        PipelineAssert.Equal(
            "[{_id: 1, ints: NumberLong(4294967294), mixed: 4.5, longs: NumberLong(3), none: 0, point: 1.0}]",
            "[{$group: {_id: 1, ints: {$sum: '$i'}, mixed: {$sum: '$m'}, longs: {$sum: '$l'}, none: {$sum: '$z'}, point: {$sum: '$p'}}}]",
            "[{i: 2147483647, m: 1, l: NumberLong(1), p: 0.1}, {i: 2147483647, m: 3.5, l: 2, p: 0.9}]");

    [Fact]
    public void Group_SumOfTenths_UsesCompensatedSummation() =>
        PipelineAssert.Equal(
            "[{_id: null, s: 1.0}]",
            "[{$group: {_id: null, s: {$sum: '$v'}}}]",
            "[{v: 0.1}, {v: 0.1}, {v: 0.1}, {v: 0.1}, {v: 0.1}, {v: 0.1}, {v: 0.1}, {v: 0.1}, {v: 0.1}, {v: 0.1}]");

    [Fact]
    public void Group_EmptyInput_ProducesNoDocuments() =>
        PipelineAssert.Equal("[]", "[{$group: {_id: null, n: {$sum: 1}}}]", "[]");

    [Theory]
    [InlineData(15955, "[{$group: {n: {$sum: 1}}}]")]
    [InlineData(15947, "[{$group: 1}]")]
    [InlineData(40234, "[{$group: {_id: null, n: 1}}]")]
    [InlineData(40238, "[{$group: {_id: null, n: {$sum: 1, $avg: 1}}}]")]
    [InlineData(15952, "[{$group: {_id: null, n: {$bogus: 1}}}]")]
    [InlineData(40237, "[{$group: {_id: null, n: {$sum: [1, 2]}}}]")]
    [InlineData(40235, "[{$group: {_id: null, 'a.b': {$sum: 1}}}]")]
    [InlineData(40236, "[{$group: {_id: null, $a: {$sum: 1}}}]")]
    public void Group_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Fact]
    public void Group_UnknownAccumulator_HasMongoMessage() =>
        Assert.Equal("unknown group operator '$bogus'", PipelineAssert.Fails(15952, "[{$group: {_id: null, n: {$bogus: 1}}}]").Message);

    [Fact]
    public void Group_MergeObjectsOfNonDocument_Fails() =>
        PipelineAssert.Fails(40400, "[{$group: {_id: null, m: {$mergeObjects: '$v'}}}]", "[{v: 5}]");

    [Fact]
    public void SortByCount_GroupsAndSortsByCountDescending() =>
        PipelineAssert.Equal(
            "[{_id: 'abc', count: 3}, {_id: 'xyz', count: 2}, {_id: 'def', count: 2}, {_id: 'jkl', count: 1}]",
            "[{$sortByCount: '$item'}]",
            Sales);

    [Fact]
    public void SortByCount_NonExpression_Fails() => PipelineAssert.Fails(40148, "[{$sortByCount: 'item'}]");

    [Fact]
    public void Count_CountsDocuments() =>
        PipelineAssert.Equal("[{passing_scores: 3}]", "[{$match: {ok: true}}, {$count: 'passing_scores'}]", "[{ok: true}, {ok: false}, {ok: true}, {ok: true}]");

    [Fact]
    public void Count_OfNothing_ProducesNoDocument() => PipelineAssert.Equal("[]", "[{$count: 'n'}]", "[]");

    [Theory]
    [InlineData(40156, "[{$count: 5}]")]
    [InlineData(40157, "[{$count: ''}]")]
    [InlineData(40158, "[{$count: '$n'}]")]
    [InlineData(40160, "[{$count: 'a.b'}]")]
    public void Count_InvalidName_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);
}
