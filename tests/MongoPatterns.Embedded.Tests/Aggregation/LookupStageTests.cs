namespace MongoPatterns.Embedded.Tests.Aggregation;

public sealed class LookupStageTests
{
    private const string Orders = "[{_id: 1, item: 'almonds', price: 12, quantity: 2}, {_id: 2, item: 'pecans', price: 20, quantity: 1}, {_id: 3}]";

    private static FakeAggregationHost Inventory() => new FakeAggregationHost().With(
        "inventory",
        """
        [{_id: 1, sku: 'almonds', description: 'product 1', instock: 120}, {_id: 2, sku: 'bread', description: 'product 2', instock: 80},
         {_id: 3, sku: 'cashews', description: 'product 3', instock: 60}, {_id: 4, sku: 'pecans', description: 'product 4', instock: 70},
         {_id: 5, sku: null, description: 'Incomplete'}, {_id: 6}]
        """);

    [Fact]
    public void Lookup_EqualityMatch_JoinsAndMatchesNullToMissing() =>
        PipelineAssert.Equal(
            """
            [{_id: 1, item: 'almonds', price: 12, quantity: 2, inventory_docs: [{_id: 1, sku: 'almonds', description: 'product 1', instock: 120}]},
             {_id: 2, item: 'pecans', price: 20, quantity: 1, inventory_docs: [{_id: 4, sku: 'pecans', description: 'product 4', instock: 70}]},
             {_id: 3, inventory_docs: [{_id: 5, sku: null, description: 'Incomplete'}, {_id: 6}]}]
            """,
            "[{$lookup: {from: 'inventory', localField: 'item', foreignField: 'sku', as: 'inventory_docs'}}]",
            Orders,
            Inventory());

    [Fact]
    public void Lookup_LocalArray_MatchesAnyElement() =>
        PipelineAssert.Equal(
            "[{_id: 1, enrollmentlist: ['giraffe2', 'pandabear', 'artie'], m: [{_id: 1, name: 'artie'}, {_id: 5, name: 'pandabear'}, {_id: 6, name: 'giraffe2'}]}]",
            "[{$lookup: {from: 'members', localField: 'enrollmentlist', foreignField: 'name', as: 'm'}}]",
            "[{_id: 1, enrollmentlist: ['giraffe2', 'pandabear', 'artie']}]",
            new FakeAggregationHost().With("members", "[{_id: 1, name: 'artie'}, {_id: 2, name: 'giraffe'}, {_id: 3, name: 'giraffe1'}, {_id: 4, name: 'panda'}, {_id: 5, name: 'pandabear'}, {_id: 6, name: 'giraffe2'}]"));

    [Fact]
    public void Lookup_ForeignArray_MatchesAnyElementOrWholeArray() =>
        PipelineAssert.Equal(
            "[{_id: 1, drink: 'soda', r: [{_id: 10, beverages: ['water', 'soda']}]}, {_id: 2, drink: [['a', 'b']], r: [{_id: 11, beverages: [['a', 'b']]}]}]",
            "[{$lookup: {from: 'restaurants', localField: 'drink', foreignField: 'beverages', as: 'r'}}]",
            "[{_id: 1, drink: 'soda'}, {_id: 2, drink: [['a', 'b']]}]",
            new FakeAggregationHost().With("restaurants", "[{_id: 10, beverages: ['water', 'soda']}, {_id: 11, beverages: [['a', 'b']]}, {_id: 12, beverages: 'juice'}]"));

    [Fact]
    public void Lookup_DottedPaths_TraverseArraysAndNumbersMatchAcrossTypes() =>
        PipelineAssert.Equal(
            "[{_id: 1, lines: [{sku: 1}, {sku: 2}], p: [{_id: 'a', code: {n: 1.0}}, {_id: 'b', code: {n: NumberLong(2)}}]}]",
            "[{$lookup: {from: 'products', localField: 'lines.sku', foreignField: 'code.n', as: 'p'}}]",
            "[{_id: 1, lines: [{sku: 1}, {sku: 2}]}]",
            new FakeAggregationHost().With("products", "[{_id: 'a', code: {n: 1.0}}, {_id: 'b', code: {n: NumberLong(2)}}, {_id: 'c', code: {n: 3}}]"));

    [Fact]
    public void Lookup_NestedAsPath_CreatesEmbeddedField() =>
        PipelineAssert.Equal(
            "[{_id: 1, k: 1, meta: {other: 1, joined: [{_id: 9, k: 1}]}}]",
            "[{$lookup: {from: 'f', localField: 'k', foreignField: 'k', as: 'meta.joined'}}]",
            "[{_id: 1, k: 1, meta: {other: 1}}]",
            new FakeAggregationHost().With("f", "[{_id: 9, k: 1}]"));

    [Fact]
    public void Lookup_MissingForeignCollection_GivesEmptyArrays() =>
        PipelineAssert.Equal("[{_id: 1, k: 1, x: []}]", "[{$lookup: {from: 'nothing', localField: 'k', foreignField: 'k', as: 'x'}}]", "[{_id: 1, k: 1}]");

    [Fact]
    public void Lookup_PipelineWithLet_SeesLocalValues() =>
        PipelineAssert.Equal(
            """
            [{_id: 1, item: 'almonds', price: 12, quantity: 2, stock: [{sku: 'almonds', orderQty: 2, total: 24}]},
             {_id: 2, item: 'pecans', price: 20, quantity: 1, stock: [{sku: 'almonds', orderQty: 1, total: 20}]}]
            """,
            "[{$limit: 2}, {$lookup: {from: 'inventory', let: {q: '$quantity', p: '$price'}, pipeline: [{$match: {sku: 'almonds'}}, {$project: {_id: 0, sku: 1, orderQty: '$$q', total: {$multiply: ['$$q', '$$p']}}}], as: 'stock'}}]",
            Orders,
            Inventory());

    [Fact]
    public void Lookup_UncorrelatedPipeline_JoinsEveryDocument() =>
        PipelineAssert.Equal(
            "[{_id: 1, all: [{n: 6}]}]",
            "[{$lookup: {from: 'inventory', pipeline: [{$count: 'n'}], as: 'all'}}]",
            "[{_id: 1}]",
            Inventory());

    [Fact]
    public void Lookup_ConciseForm_FiltersByFieldsThenRunsThePipeline() =>
        PipelineAssert.Equal(
            "[{_id: 1, item: 'almonds', price: 12, quantity: 2, stock: [{instock: 120, need: 2}]}]",
            "[{$limit: 1}, {$lookup: {from: 'inventory', localField: 'item', foreignField: 'sku', let: {q: '$quantity'}, pipeline: [{$project: {_id: 0, instock: 1, need: '$$q'}}], as: 'stock'}}]",
            Orders,
            Inventory());

    [SkippableFact]
    public void Lookup_PipelineWithExpr_CorrelatesThroughLetVariables()
    {
        Skip.IfNot(PipelineAssert.QueryEngineSupportsExpr, "needs the query engine's $expr (the QueryFilter contract stub has no $expr)");
        PipelineAssert.Equal(
            "[{_id: 1, item: 'almonds', price: 12, quantity: 2, stock: [{sku: 'almonds', description: 'product 1', instock: 120}]}, {_id: 2, item: 'pecans', price: 20, quantity: 1, stock: [{sku: 'pecans', description: 'product 4', instock: 70}]}, {_id: 3, stock: []}]",
            "[{$lookup: {from: 'inventory', let: {order_item: '$item', order_qty: '$quantity'}, pipeline: [{$match: {$expr: {$and: [{$eq: ['$sku', '$$order_item']}, {$gte: ['$instock', '$$order_qty']}]}}}, {$project: {_id: 0}}], as: 'stock'}}]",
            Orders,
            Inventory());
    }

    [Fact]
    public void Lookup_ScansTheForeignCollectionOncePerExecution()
    {
        var host = Inventory();
        _ = PipelineAssert.Run("[{$lookup: {from: 'inventory', localField: 'item', foreignField: 'sku', as: 'x'}}]", Orders, host);
        Assert.Equal(1, host.ScanCount);
    }

    [Theory]
    [InlineData(9, "[{$lookup: {from: 'a', localField: 'x', foreignField: 'y'}}]")]
    [InlineData(9, "[{$lookup: {from: 'a', as: 'z'}}]")]
    [InlineData(9, "[{$lookup: {from: 'a', localField: 'x', as: 'z'}}]")]
    [InlineData(9, "[{$lookup: {from: 'a', localField: 'x', foreignField: 'y', as: 'z', bogus: 1}}]")]
    [InlineData(9, "[{$lookup: {localField: 'x', foreignField: 'y', as: 'z'}}]")]
    [InlineData(9, "[{$lookup: {from: 'a', localField: 'x', foreignField: 'y', let: {v: 1}, as: 'z'}}]")]
    [InlineData(9, "[{$lookup: 5}]")]
    [InlineData(16410, "[{$lookup: {from: 'a', localField: 'x', foreignField: 'y', as: '$z'}}]")]
    [InlineData(17276, "[{$lookup: {from: 'a', pipeline: [{$project: {v: '$$nope'}}], as: 'z'}}]")]
    public void Lookup_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Fact]
    public void GraphLookup_FollowsTheReportingChain() =>
        PipelineAssert.Equal(
            """
            [{_id: 5, name: 'Asya', reportsTo: 'Ron', hierarchy: [{_id: 3, name: 'Ron', reportsTo: 'Eliot', depth: NumberLong(0)}, {_id: 2, name: 'Eliot', reportsTo: 'Dev', depth: NumberLong(1)}, {_id: 1, name: 'Dev', depth: NumberLong(2)}]}]
            """,
            "[{$graphLookup: {from: 'employees', startWith: '$reportsTo', connectFromField: 'reportsTo', connectToField: 'name', as: 'hierarchy', depthField: 'depth'}}]",
            "[{_id: 5, name: 'Asya', reportsTo: 'Ron'}]",
            Employees());

    [Fact]
    public void GraphLookup_MaxDepthAndRestriction_LimitTheSearch() =>
        PipelineAssert.Equal(
            "[{_id: 5, name: 'Asya', reportsTo: 'Ron', hierarchy: [{_id: 3, name: 'Ron', reportsTo: 'Eliot'}, {_id: 2, name: 'Eliot', reportsTo: 'Dev'}]}]",
            "[{$graphLookup: {from: 'employees', startWith: '$reportsTo', connectFromField: 'reportsTo', connectToField: 'name', as: 'hierarchy', maxDepth: 1}}]",
            "[{_id: 5, name: 'Asya', reportsTo: 'Ron'}]",
            Employees());

    [Fact]
    public void GraphLookup_Cycles_AreVisitedOnce() =>
        PipelineAssert.Equal(
            "[{_id: 0, start: 'a', g: [{_id: 1, n: 'a', next: 'b'}, {_id: 2, n: 'b', next: 'a'}]}]",
            "[{$graphLookup: {from: 'g', startWith: '$start', connectFromField: 'next', connectToField: 'n', as: 'g'}}]",
            "[{_id: 0, start: 'a'}]",
            new FakeAggregationHost().With("g", "[{_id: 1, n: 'a', next: 'b'}, {_id: 2, n: 'b', next: 'a'}]"));

    [Theory]
    [InlineData(40105, "[{$graphLookup: {from: 'e', startWith: '$a', connectFromField: 'x', as: 'y'}}]")]
    [InlineData(40101, "[{$graphLookup: {from: 'e', startWith: '$a', connectFromField: 'x', connectToField: 'y', as: 'z', maxDepth: -1}}]")]
    [InlineData(40104, "[{$graphLookup: {from: 'e', startWith: '$a', connectFromField: 'x', connectToField: 'y', as: 'z', other: 1}}]")]
    public void GraphLookup_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    private static FakeAggregationHost Employees() => new FakeAggregationHost().With(
        "employees",
        "[{_id: 1, name: 'Dev'}, {_id: 2, name: 'Eliot', reportsTo: 'Dev'}, {_id: 3, name: 'Ron', reportsTo: 'Eliot'}, {_id: 4, name: 'Andrew', reportsTo: 'Eliot'}, {_id: 5, name: 'Asya', reportsTo: 'Ron'}, {_id: 6, name: 'Dan', reportsTo: 'Andrew'}]");
}
