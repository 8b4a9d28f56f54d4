using MongoPatterns.Embedded.Tests.Expressions;

namespace MongoPatterns.Embedded.Tests.Aggregation;

public sealed class MultiStageTests
{
    private const string Artists = """
        [
          {_id: 1, last_name: 'Bernard', first_name: 'Emil', year_born: 1868, nationality: 'France'},
          {_id: 2, last_name: 'Rippl-Ronai', first_name: 'Joszef', year_born: 1861, nationality: 'Hungary'},
          {_id: 3, last_name: 'Ostroumova', first_name: 'Anna', year_born: 1871, nationality: 'Russia'},
          {_id: 4, last_name: 'Van Gogh', first_name: 'Vincent', year_born: 1853, nationality: 'Holland'},
          {_id: 5, last_name: 'Maurer', first_name: 'Alfred', year_born: 1868, nationality: 'USA'},
          {_id: 6, last_name: 'Munch', first_name: 'Edvard', year_born: 1863, nationality: 'Norway'},
          {_id: 7, last_name: 'Redon', first_name: 'Odilon', year_born: 1840, nationality: 'France'},
          {_id: 8, last_name: 'Diriks', first_name: 'Edvard', year_born: 1855, nationality: 'Norway'}
        ]
        """;

    [Fact]
    public void Facet_RunsEachSubPipelineOverTheSameInput() =>
        PipelineAssert.Equal(
            "[{byNationality: [{_id: 'France', n: 2}, {_id: 'Norway', n: 2}], total: [{count: 8}], first: [{_id: 1}]}]",
            """
            [{$facet: {
                byNationality: [{$group: {_id: '$nationality', n: {$sum: 1}}}, {$match: {n: 2}}],
                total: [{$count: 'count'}],
                first: [{$limit: 1}, {$project: {_id: 1}}]}}]
            """,
            Artists);

    [Fact]
    public void Facet_OnEmptyInput_GivesEmptyArrays() =>
        PipelineAssert.Equal("[{a: [], b: []}]", "[{$facet: {a: [{$match: {x: 1}}], b: [{$count: 'n'}]}}]", "[]");

    [Theory]
    [InlineData(40169, "[{$facet: {}}]")]
    [InlineData(40170, "[{$facet: {a: 5}}]")]
    [InlineData(15947, "[{$facet: 5}]")]
    [InlineData(16410, "[{$facet: {$a: []}}]")]
    public void Facet_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Fact]
    public void Bucket_GroupsByBoundaries() =>
        PipelineAssert.Equal(
            "[{_id: 1840, count: 1}, {_id: 1850, count: 2}, {_id: 1860, count: 4}, {_id: 1870, count: 1}]",
            "[{$bucket: {groupBy: '$year_born', boundaries: [1840, 1850, 1860, 1870, 1880]}}]",
            Artists);

    [Fact]
    public void Bucket_WithDefaultAndOutput_CollectsOthers() =>
        PipelineAssert.Equal(
            """
            [{_id: 1850, count: 2, artists: [{name: 'Vincent Van Gogh', year_born: 1853}, {name: 'Edvard Diriks', year_born: 1855}]},
             {_id: 'Other', count: 6, artists: [{name: 'Emil Bernard', year_born: 1868}, {name: 'Joszef Rippl-Ronai', year_born: 1861}, {name: 'Anna Ostroumova', year_born: 1871},
                                                {name: 'Alfred Maurer', year_born: 1868}, {name: 'Edvard Munch', year_born: 1863}, {name: 'Odilon Redon', year_born: 1840}]}]
            """,
            """
            [{$bucket: {groupBy: '$year_born', boundaries: [1850, 1860], default: 'Other',
                output: {count: {$sum: 1}, artists: {$push: {name: {$concat: ['$first_name', ' ', '$last_name']}, year_born: '$year_born'}}}}}]
            """,
            Artists);

    [Fact]
    public void Bucket_ValueOutsideWithoutDefault_Fails() =>
        PipelineAssert.Fails(40066, "[{$bucket: {groupBy: '$year_born', boundaries: [1850, 1860]}}]", Artists);

    [Theory]
    [InlineData(40198, "[{$bucket: {groupBy: '$a'}}]")]
    [InlineData(40192, "[{$bucket: {groupBy: '$a', boundaries: [1]}}]")]
    [InlineData(40193, "[{$bucket: {groupBy: '$a', boundaries: [1, 'a']}}]")]
    [InlineData(40194, "[{$bucket: {groupBy: '$a', boundaries: [5, 3]}}]")]
    [InlineData(40199, "[{$bucket: {groupBy: '$a', boundaries: [1, 10], default: 5}}]")]
    [InlineData(40202, "[{$bucket: {groupBy: 'a', boundaries: [1, 10]}}]")]
    [InlineData(40197, "[{$bucket: {groupBy: '$a', boundaries: [1, 10], x: 1}}]")]
    [InlineData(40196, "[{$bucket: {groupBy: '$a', boundaries: [1, 10], output: 5}}]")]
    public void Bucket_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Fact]
    public void BucketAuto_SplitsIntoEvenBuckets() =>
        PipelineAssert.Equal(
            "[{_id: {min: 1, max: 4}, count: 3}, {_id: {min: 4, max: 7}, count: 3}, {_id: {min: 7, max: 10}, count: 4}]",
            "[{$bucketAuto: {groupBy: '$v', buckets: 3}}]",
            "[{v: 10}, {v: 1}, {v: 2}, {v: 3}, {v: 4}, {v: 5}, {v: 6}, {v: 7}, {v: 8}, {v: 9}]");

    [Fact]
    public void BucketAuto_EqualValues_StayInOneBucket() =>
        PipelineAssert.Equal(
            "[{_id: {min: 1, max: 2}, total: 2}, {_id: {min: 2, max: 3}, total: 6}, {_id: {min: 3, max: 3}, total: 3}]",
            "[{$bucketAuto: {groupBy: '$v', buckets: 3, output: {total: {$sum: '$v'}}}}]",
            "[{v: 2}, {v: 1}, {v: 3}, {v: 2}, {v: 1}, {v: 2}]");

    [Theory]
    [InlineData(40246, "[{$bucketAuto: {groupBy: '$a'}}]")]
    [InlineData(40243, "[{$bucketAuto: {groupBy: '$a', buckets: 0}}]")]
    [InlineData(40241, "[{$bucketAuto: {groupBy: '$a', buckets: 'x'}}]")]
    public void BucketAuto_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Fact]
    public void UnionWith_AppendsAnotherCollection() =>
        PipelineAssert.Equal(
            "[{_id: 1, store: 'A'}, {_id: 10, store: 'B', qty: 5}]",
            "[{$unionWith: {coll: 'sales2020', pipeline: [{$match: {store: 'B'}}]}}]",
            "[{_id: 1, store: 'A'}]",
            new FakeAggregationHost().With("sales2020", "[{_id: 10, store: 'B', qty: 5}, {_id: 11, store: 'C'}]"));

    [Fact]
    public void UnionWith_StringForm_AppendsWholeCollection() =>
        PipelineAssert.Equal(
            "[{_id: 1}, {_id: 10}, {_id: 11}]",
            "[{$unionWith: 'other'}]",
            "[{_id: 1}]",
            new FakeAggregationHost().With("other", "[{_id: 10}, {_id: 11}]"));

    [Fact]
    public void UnionWith_DocumentsPipeline_NeedsNoCollection() =>
        PipelineAssert.Equal("[{_id: 1}, {x: 1}]", "[{$unionWith: {pipeline: [{$documents: [{x: 1}]}]}}]", "[{_id: 1}]");

    [Fact]
    public void SetWindowFields_RunningTotalPerPartition() =>
        PipelineAssert.Equal(
            """
            [{_id: 4, state: 'CA', orderDate: ISODate('2019-05-18T16:09:01Z'), quantity: 162, cumulative: 162},
             {_id: 0, state: 'CA', orderDate: ISODate('2020-05-18T14:10:30Z'), quantity: 120, cumulative: 282},
             {_id: 2, state: 'CA', orderDate: ISODate('2021-01-11T06:31:15Z'), quantity: 145, cumulative: 427},
             {_id: 5, state: 'WA', orderDate: ISODate('2019-01-08T06:12:03Z'), quantity: 134, cumulative: 134},
             {_id: 3, state: 'WA', orderDate: ISODate('2020-02-08T13:13:23Z'), quantity: 104, cumulative: 238},
             {_id: 1, state: 'WA', orderDate: ISODate('2021-03-20T11:30:05Z'), quantity: 140, cumulative: 378}]
            """,
            "[{$setWindowFields: {partitionBy: '$state', sortBy: {orderDate: 1}, output: {cumulative: {$sum: '$quantity', window: {documents: ['unbounded', 'current']}}}}}]",
            """
            [{_id: 0, state: 'CA', orderDate: ISODate('2020-05-18T14:10:30Z'), quantity: 120},
             {_id: 1, state: 'WA', orderDate: ISODate('2021-03-20T11:30:05Z'), quantity: 140},
             {_id: 2, state: 'CA', orderDate: ISODate('2021-01-11T06:31:15Z'), quantity: 145},
             {_id: 3, state: 'WA', orderDate: ISODate('2020-02-08T13:13:23Z'), quantity: 104},
             {_id: 4, state: 'CA', orderDate: ISODate('2019-05-18T16:09:01Z'), quantity: 162},
             {_id: 5, state: 'WA', orderDate: ISODate('2019-01-08T06:12:03Z'), quantity: 134}]
            """);

    [Fact]
    public void SetWindowFields_RankShiftAndMovingAverage() =>
        PipelineAssert.Equal(
            """
            [{_id: 1, s: 10, rank: 1, dense: 1, n: 1, prev: null, avg: 10.0, total: 80},
             {_id: 3, s: 20, rank: 2, dense: 2, n: 2, prev: 10, avg: 15.0, total: 80},
             {_id: 2, s: 20, rank: 2, dense: 2, n: 3, prev: 20, avg: 20.0, total: 80},
             {_id: 4, s: 30, rank: 4, dense: 3, n: 4, prev: 20, avg: 25.0, total: 80}]
            """,
            """
            [{$setWindowFields: {sortBy: {s: 1}, output: {
                rank: {$rank: {}}, dense: {$denseRank: {}}, n: {$documentNumber: {}},
                prev: {$shift: {output: '$s', by: -1}},
                avg: {$avg: '$s', window: {documents: [-1, 0]}},
                total: {$sum: '$s'}}}}]
            """,
            "[{_id: 3, s: 20}, {_id: 1, s: 10}, {_id: 4, s: 30}, {_id: 2, s: 20}]");

    [Fact]
    public void SetWindowFields_RangeWindow_UsesSortValues() =>
        PipelineAssert.Equal(
            "[{t: 1, near: 2}, {t: 2, near: 3}, {t: 3, near: 2}, {t: 10, near: 1}]",
            "[{$setWindowFields: {sortBy: {t: 1}, output: {near: {$count: {}, window: {range: [-1, 1]}}}}}]",
            "[{t: 10}, {t: 2}, {t: 1}, {t: 3}]");

    [Fact]
    public void Out_ReplacesTheTargetCollection()
    {
        var host = new FakeAggregationHost().With("target", "[{_id: 99}]");
        var output = PipelineAssert.Run("[{$match: {keep: true}}, {$project: {keep: 0}}, {$out: 'target'}]", "[{_id: 1, keep: true}, {_id: 2, keep: false}]", host);
        Assert.Empty(output);
        Assert.Equal([ShellJson.Doc("{_id: 1}")], host.Contents("target"));
    }

    [Fact]
    public void Out_DocumentForm_WritesToAnotherDatabase_AndAddsMissingIds()
    {
        var host = new FakeAggregationHost();
        _ = PipelineAssert.Run("[{$project: {_id: 0, a: 1}}, {$out: {db: 'reports', coll: 'summary'}}]", "[{_id: 1, a: 5}]", host);
        var written = Assert.Single(host.Contents("summary", "reports"));
        Assert.Equal("_id", written.GetElement(0).Name);
        Assert.Equal(ShellJson.Parse("5"), written["a"]);
    }

    [Theory]
    [InlineData(16990, "[{$out: 5}]")]
    [InlineData(40414, "[{$out: {db: 'x'}}]")]
    public void Out_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Theory]
    [InlineData("{}", "[{_id: 1, a: 1, b: 9}, {_id: 2, a: 2}, {_id: 3, a: 3}]")]
    [InlineData("{whenMatched: 'replace'}", "[{_id: 1, a: 1}, {_id: 2, a: 2}, {_id: 3, a: 3}]")]
    [InlineData("{whenMatched: 'keepExisting'}", "[{_id: 1, a: 0, b: 9}, {_id: 2, a: 2}, {_id: 3, a: 3}]")]
    [InlineData("{whenMatched: 'merge', whenNotMatched: 'discard'}", "[{_id: 1, a: 1, b: 9}]")]
    [InlineData("{whenMatched: [{$set: {a: {$add: ['$a', '$$new.a']}, seen: true}}]}", "[{_id: 1, a: 1, b: 9, seen: true}, {_id: 2, a: 2}, {_id: 3, a: 3}]")]
    [InlineData("{whenMatched: [{$set: {a: '$$delta'}}], let: {delta: {$multiply: ['$a', 10]}}}", "[{_id: 1, a: 10, b: 9}, {_id: 2, a: 2}, {_id: 3, a: 3}]")]
    public void Merge_AppliesTheModes(string options, string expected)
    {
        var host = new FakeAggregationHost().With("target", "[{_id: 1, a: 0, b: 9}]");
        var specification = ShellJson.Doc(options);
        specification.InsertAt(0, new MongoPatterns.Bson.BsonElement("into", "target"));
        _ = PipelineAssert.Run("[{$merge: " + ShellJson.Format(specification) + "}]", "[{_id: 1, a: 1}, {_id: 2, a: 2}, {_id: 3, a: 3}]", host);
        Assert.Equal(ShellJson.Array(expected).Select(static v => v.AsBsonDocument).ToList(), host.Contents("target"));
    }

    [Fact]
    public void Merge_WhenMatchedFail_ThrowsDuplicateKey()
    {
        var host = new FakeAggregationHost().With("target", "[{_id: 1}]");
        PipelineAssert.Fails(11000, "[{$merge: {into: 'target', whenMatched: 'fail'}}]", "[{_id: 1}]", host);
    }

    [Fact]
    public void Merge_OnOtherFields_MatchesByThem()
    {
        var host = new FakeAggregationHost().With("target", "[{_id: 7, k: 'x', v: 1}]");
        _ = PipelineAssert.Run("[{$merge: {into: 'target', on: ['k'], whenMatched: 'merge'}}]", "[{_id: 8, k: 'x', v: 2}]", host);
        Assert.Equal([ShellJson.Doc("{_id: 8, k: 'x', v: 2}")], host.Contents("target"));
    }

    [Theory]
    [InlineData(40414, "[{$merge: {on: '_id'}}]")]
    [InlineData(51178, "[{$merge: {into: 5}}]")]
    [InlineData(2, "[{$merge: {into: 'x', whenMatched: 'bogus'}}]")]
    [InlineData(51191, "[{$merge: {into: 'x', whenMatched: 5}}]")]
    [InlineData(2, "[{$merge: {into: 'x', whenNotMatched: 'bogus'}}]")]
    [InlineData(51186, "[{$merge: {into: 'x', on: 5}}]")]
    [InlineData(51187, "[{$merge: {into: 'x', on: []}}]")]
    [InlineData(51199, "[{$merge: {into: 'x', let: {a: 1}}}]")]
    [InlineData(40415, "[{$merge: {into: 'x', bogus: 1}}]")]
    [InlineData(72, "[{$merge: {into: 'x', whenMatched: [{$match: {}}]}}]")]
    public void Merge_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);
}
