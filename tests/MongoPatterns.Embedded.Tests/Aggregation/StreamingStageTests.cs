namespace MongoPatterns.Embedded.Tests.Aggregation;

public sealed class StreamingStageTests
{
    [Fact]
    public void Match_Equality_FiltersDocuments() =>
        PipelineAssert.Equal("[{_id: 2, a: 'x'}]", "[{$match: {a: 'x'}}]", "[{_id: 1, a: 'y'}, {_id: 2, a: 'x'}]");

    [Fact]
    public void Match_NonDocument_Fails() => PipelineAssert.Fails(15959, "[{$match: 5}]");

    [Theory]
    [InlineData("[{_id: 3, a: 1}, {_id: 1, a: 2}, {_id: 2, a: 2}]", "[{$sort: {a: 1}}]")]
    [InlineData("[{_id: 2, a: 2}, {_id: 1, a: 2}, {_id: 3, a: 1}]", "[{$sort: {a: -1, _id: -1}}]")]
    [InlineData("[{_id: 1, a: 2}, {_id: 2, a: 2}]", "[{$sort: {a: -1}}, {$skip: 0}, {$limit: 2}]")]
    [InlineData("[{_id: 2, a: 2}]", "[{$sort: {a: -1}}, {$skip: 1}, {$limit: 1}]")]
    [InlineData("[]", "[{$skip: 10}]")]
    public void SortSkipLimit_OrderAndPage(string expected, string pipeline) =>
        PipelineAssert.Equal(expected, pipeline, "[{_id: 1, a: 2}, {_id: 2, a: 2}, {_id: 3, a: 1}]");

    [Fact]
    public void Sort_IsStable_ForEqualKeys() =>
        PipelineAssert.Equal(
            "[{_id: 1, a: 1}, {_id: 2, a: 1}, {_id: 3, a: 1}, {_id: 0, a: 2}]",
            "[{$sort: {a: 1}}]",
            "[{_id: 0, a: 2}, {_id: 1, a: 1}, {_id: 2, a: 1}, {_id: 3, a: 1}]");

    [Fact]
    public void Sort_MixedTypes_UseBsonOrder() =>
        PipelineAssert.Equal(
            "[{a: null}, {a: 1}, {a: 'x'}, {a: {}}, {a: true}]",
            "[{$sort: {a: 1}}]",
            "[{a: true}, {a: 'x'}, {a: {}}, {a: 1}, {a: null}]");

    [Theory]
    [InlineData(15973, "[{$sort: 1}]")]
    [InlineData(15976, "[{$sort: {}}]")]
    [InlineData(15975, "[{$sort: {a: 2}}]")]
    [InlineData(15974, "[{$sort: {a: 'asc'}}]")]
    [InlineData(17312, "[{$sort: {a: {$add: [1]}}}]")]
    [InlineData(15972, "[{$skip: 'x'}]")]
    [InlineData(5107200, "[{$skip: -1}]")]
    [InlineData(5107200, "[{$skip: 1.5}]")]
    [InlineData(15957, "[{$limit: 'x'}]")]
    [InlineData(15958, "[{$limit: 0}]")]
    [InlineData(5107201, "[{$limit: -1}]")]
    public void SortSkipLimit_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Theory]
    [InlineData("[{_id: 1, sizes: 'S'}, {_id: 1, sizes: 'M'}, {_id: 1, sizes: 'L'}]", "[{$unwind: '$sizes'}]")]
    [InlineData("[{_id: 1, sizes: 'S'}, {_id: 1, sizes: 'M'}, {_id: 1, sizes: 'L'}]", "[{$unwind: {path: '$sizes'}}]")]
    [InlineData("[{_id: 1, sizes: 'S', i: NumberLong(0)}, {_id: 1, sizes: 'M', i: NumberLong(1)}, {_id: 1, sizes: 'L', i: NumberLong(2)}]", "[{$unwind: {path: '$sizes', includeArrayIndex: 'i'}}]")]
    public void Unwind_OutputsOneDocumentPerElement(string expected, string pipeline) =>
        PipelineAssert.Equal(expected, pipeline, "[{_id: 1, sizes: ['S', 'M', 'L']}]");

    private const string Inventory = """
        [
          {_id: 1, item: 'ABC', price: 80, sizes: ['S', 'M', 'L']},
          {_id: 2, item: 'EFG', price: 120, sizes: []},
          {_id: 3, item: 'IJK', price: 160, sizes: 'M'},
          {_id: 4, item: 'LMN', price: 10},
          {_id: 5, item: 'XYZ', price: 5.75, sizes: null}
        ]
        """;

    [Fact]
    public void Unwind_DropsMissingNullAndEmpty_ButKeepsScalars() =>
        PipelineAssert.Equal(
            "[{_id: 1, item: 'ABC', price: 80, sizes: 'S'}, {_id: 1, item: 'ABC', price: 80, sizes: 'M'}, {_id: 1, item: 'ABC', price: 80, sizes: 'L'}, {_id: 3, item: 'IJK', price: 160, sizes: 'M'}]",
            "[{$unwind: '$sizes'}]",
            Inventory);

    [Fact]
    public void Unwind_PreserveNullAndEmptyArrays_KeepsThoseDocuments() =>
        PipelineAssert.Equal(
            """
            [{_id: 1, item: 'ABC', price: 80, sizes: 'S'}, {_id: 1, item: 'ABC', price: 80, sizes: 'M'}, {_id: 1, item: 'ABC', price: 80, sizes: 'L'},
             {_id: 2, item: 'EFG', price: 120}, {_id: 3, item: 'IJK', price: 160, sizes: 'M'}, {_id: 4, item: 'LMN', price: 10}, {_id: 5, item: 'XYZ', price: 5.75, sizes: null}]
            """,
            "[{$unwind: {path: '$sizes', preserveNullAndEmptyArrays: true}}]",
            Inventory);

    [Fact]
    public void Unwind_IncludeArrayIndexWithPreserve_GivesNullIndexes() =>
        PipelineAssert.Equal(
            """
            [{_id: 1, item: 'ABC', price: 80, sizes: 'S', arrayIndex: NumberLong(0)}, {_id: 1, item: 'ABC', price: 80, sizes: 'M', arrayIndex: NumberLong(1)},
             {_id: 1, item: 'ABC', price: 80, sizes: 'L', arrayIndex: NumberLong(2)}, {_id: 2, item: 'EFG', price: 120, arrayIndex: null},
             {_id: 3, item: 'IJK', price: 160, sizes: 'M', arrayIndex: null}, {_id: 4, item: 'LMN', price: 10, arrayIndex: null},
             {_id: 5, item: 'XYZ', price: 5.75, sizes: null, arrayIndex: null}]
            """,
            "[{$unwind: {path: '$sizes', includeArrayIndex: 'arrayIndex', preserveNullAndEmptyArrays: true}}]",
            Inventory);

    [Fact]
    public void Unwind_NestedPath_UnwindsEmbeddedArray() =>
        PipelineAssert.Equal(
            "[{_id: 1, a: {b: 1, c: 0}}, {_id: 1, a: {b: 2, c: 0}}]",
            "[{$unwind: '$a.b'}]",
            "[{_id: 1, a: {b: [1, 2], c: 0}}]");

    [Theory]
    [InlineData(28818, "[{$unwind: 'sizes'}]")]
    [InlineData(15981, "[{$unwind: 5}]")]
    [InlineData(28812, "[{$unwind: {includeArrayIndex: 'i'}}]")]
    [InlineData(28808, "[{$unwind: {path: 5}}]")]
    [InlineData(28809, "[{$unwind: {path: '$a', preserveNullAndEmptyArrays: 1}}]")]
    [InlineData(28810, "[{$unwind: {path: '$a', includeArrayIndex: 5}}]")]
    [InlineData(28822, "[{$unwind: {path: '$a', includeArrayIndex: '$i'}}]")]
    [InlineData(28811, "[{$unwind: {path: '$a', other: 1}}]")]
    public void Unwind_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Theory]
    [InlineData("[{dogs: 5, cats: 2, _id: 1}]", "[{$replaceRoot: {newRoot: {$mergeObjects: [{dogs: 0, cats: 0}, '$pets', {_id: '$_id'}]}}}]")]
    [InlineData("[{dogs: 5, cats: 2}]", "[{$replaceWith: '$pets'}]")]
    [InlineData("[{dogs: 5, cats: 2, name: 'x'}]", "[{$replaceWith: {$mergeObjects: ['$pets', {name: '$name'}]}}]")]
    public void ReplaceRoot_PromotesDocuments(string expected, string pipeline) =>
        PipelineAssert.Equal(expected, pipeline, "[{_id: 1, name: 'x', pets: {dogs: 5, cats: 2}}]");

    [Theory]
    [InlineData(40228, "[{$replaceRoot: {newRoot: '$name'}}]")]
    [InlineData(40228, "[{$replaceWith: '$missing'}]")]
    [InlineData(40231, "[{$replaceRoot: {}}]")]
    [InlineData(40415, "[{$replaceRoot: {newRoot: '$a', x: 1}}]")]
    public void ReplaceRoot_NonDocumentOrBadSpecification_Fails(int code, string pipeline) =>
        PipelineAssert.Fails(code, pipeline, "[{_id: 1, name: 'x'}]");

    [Fact]
    public void ReplaceRoot_NonDocument_HasMongoMessage()
    {
        var exception = PipelineAssert.Fails(40228, "[{$replaceRoot: {newRoot: '$missing'}}]", "[{_id: 1}]");
        Assert.StartsWith("'newRoot' expression must evaluate to an object, but resulting value was: MISSING. Type of resulting value: 'missing'.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_PrunesAndDescendsByLevel() =>
        PipelineAssert.Equal(
            "[{_id: 1, level: 1, sub: {level: 1, keep: 'yes'}, list: [{level: 1}]}]",
            "[{$redact: {$cond: {if: {$lte: ['$level', 1]}, then: '$$DESCEND', else: '$$PRUNE'}}}]",
            "[{_id: 1, level: 1, sub: {level: 1, keep: 'yes', deeper: {level: 5}}, list: [{level: 1}, {level: 3}]}, {_id: 2, level: 9}]");

    [Fact]
    public void Redact_Keep_ReturnsWholeDocument() =>
        PipelineAssert.Equal("[{_id: 1, sub: {level: 9}}]", "[{$redact: '$$KEEP'}]", "[{_id: 1, sub: {level: 9}}]");

    [Fact]
    public void Redact_InvalidResult_Fails() => PipelineAssert.Fails(17053, "[{$redact: 'nope'}]", "[{_id: 1}]");

    [Fact]
    public void Documents_ProducesLiteralDocuments() =>
        PipelineAssert.Equal("[{x: 10}, {x: 2}]", "[{$documents: [{x: 10}, {x: 2}]}]", "[{ignored: true}]");

    [Fact]
    public void Documents_OfNonDocuments_Fails() => PipelineAssert.Fails(5858202, "[{$documents: [1]}]");

    [Fact]
    public void Sample_ReturnsDistinctRandomDocuments()
    {
        var result = PipelineAssert.Run("[{$sample: {size: 3}}]", "[{_id: 1}, {_id: 2}, {_id: 3}, {_id: 4}, {_id: 5}]");
        Assert.Equal(3, result.Count);
        Assert.Equal(3, result.Select(static d => d["_id"].AsInt32).Distinct().Count());
        Assert.Equal(2, PipelineAssert.Run("[{$sample: {size: 10}}]", "[{_id: 1}, {_id: 2}]").Count);
    }

    [Theory]
    [InlineData(28745, "[{$sample: 5}]")]
    [InlineData(28746, "[{$sample: {size: 'x'}}]")]
    [InlineData(28747, "[{$sample: {size: -1}}]")]
    [InlineData(28748, "[{$sample: {size: 1, x: 1}}]")]
    [InlineData(28749, "[{$sample: {}}]")]
    public void Sample_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);
}
