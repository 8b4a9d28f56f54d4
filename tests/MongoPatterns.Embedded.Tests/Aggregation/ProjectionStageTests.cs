namespace MongoPatterns.Embedded.Tests.Aggregation;

public sealed class ProjectionStageTests
{
    private const string Book = "[{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5, lastModified: '2016-07-28'}]";

    [Theory]
    [InlineData("[{_id: 1, title: 'abc123', author: {last: 'zzz', first: 'aaa'}}]", "[{$project: {title: 1, author: 1}}]")]
    [InlineData("[{title: 'abc123', author: {last: 'zzz', first: 'aaa'}}]", "[{$project: {_id: 0, title: 1, author: 1}}]")]
    [InlineData("[{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5}]", "[{$project: {lastModified: 0}}]")]
    [InlineData("[{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz'}, copies: 5}]", "[{$project: {'author.first': 0, lastModified: 0}}]")]
    [InlineData("[{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz'}, copies: 5}]", "[{$project: {author: {first: 0}, lastModified: 0}}]")]
    [InlineData("[{_id: 1, author: {first: 'aaa'}}]", "[{$project: {'author.first': 1}}]")]
    [InlineData("[{_id: 1}]", "[{$project: {_id: 1}}]")]
    [InlineData("[{title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5, lastModified: '2016-07-28'}]", "[{$project: {_id: 0}}]")]
    [InlineData("[{_id: 1, title: 'abc123'}]", "[{$project: {title: true, missing: 1}}]")]
    public void Project_IncludesOrExcludesFields(string expected, string pipeline) => PipelineAssert.Equal(expected, pipeline, Book);

    [Theory]
    [InlineData("[{_id: 1, title: 'abc123', isbn: {prefix: '000', group: '11'}, lastName: 'zzz', copiesSold: 5}]",
        "[{$project: {title: 1, isbn: {prefix: {$substr: ['$isbn', 0, 3]}, group: {$substr: ['$isbn', 3, 2]}}, lastName: '$author.last', copiesSold: '$copies'}}]")]
    [InlineData("[{_id: 1, total: 10, label: 'x', flag: {$literal: 1}}]", "[{$project: {total: {$multiply: ['$copies', 2]}, label: {$literal: 'x'}, flag: {$literal: {$literal: 1}}}}]")]
    [InlineData("[{_id: 1, title: 'abc123'}]", "[{$project: {title: 1, author: {$cond: [false, '$author', '$$REMOVE']}}}]")]
    [InlineData("[{_id: 1, myArray: ['abc123', null]}]", "[{$project: {myArray: ['$title', '$nothing']}}]")]
    [InlineData("[{_id: 'abc123'}]", "[{$project: {_id: '$title'}}]")]
    public void Project_ComputedFields_UseExpressions(string expected, string pipeline) => PipelineAssert.Equal(expected, pipeline, Book);

    [Theory]
    [InlineData("[{_id: 1, a: [{b: 1}, {b: 2}, {}]}]", "[{$project: {'a.b': 1}}]", "[{_id: 1, a: [{b: 1, c: 1}, {b: 2}, {c: 3}, 5]}]")]
    [InlineData("[{_id: 1, a: [{c: 1}, {}, {c: 3}, 5]}]", "[{$project: {'a.b': 0}}]", "[{_id: 1, a: [{b: 1, c: 1}, {b: 2}, {c: 3}, 5]}]")]
    [InlineData("[{_id: 1}]", "[{$project: {'a.b': 1}}]", "[{_id: 1, a: 5}]")]
    [InlineData("[{_id: 1, a: {x: 7}}]", "[{$project: {'a.x': {$literal: 7}}}]", "[{_id: 1, a: 5}]")]
    [InlineData("[{_id: 1, a: [{x: 7}, {b: 1, x: 7}]}]", "[{$project: {'a.b': 1, 'a.x': {$literal: 7}}}]", "[{_id: 1, a: [3, {b: 1, c: 2}]}]")]
    [InlineData("[{_id: 1, a: {b: 1, x: 2}}]", "[{$project: {'a.b': 1, 'a.x': {$add: ['$a.b', 1]}}}]", "[{_id: 1, a: {b: 1, c: 3}}]")]
    public void Project_NestedPathsAndArrays_FollowMongoRules(string expected, string pipeline, string input) =>
        PipelineAssert.Equal(expected, pipeline, input);

    [Theory]
    [InlineData(31254, "[{$project: {a: 1, b: 0}}]")]
    [InlineData(31253, "[{$project: {a: 0, b: 1}}]")]
    [InlineData(31252, "[{$project: {a: 0, b: {$add: [1, 2]}}}]")]
    [InlineData(51272, "[{$project: {}}]")]
    [InlineData(51270, "[{$project: {a: {}}}]")]
    [InlineData(31249, "[{$project: {a: 1, 'a.b': 1}}]")]
    [InlineData(31250, "[{$project: {'a.b': 1, a: 1}}]")]
    [InlineData(15969, "[{$project: 1}]")]
    [InlineData(16410, "[{$project: {$a: 1}}]")]
    [InlineData(15998, "[{$project: {'a..b': 1}}]")]
    public void Project_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Fact]
    public void Project_MixedInclusionExclusion_HasMongoMessage() =>
        Assert.Equal(
            "Invalid $project :: caused by :: Cannot do exclusion on field b in inclusion projection",
            PipelineAssert.Fails(31254, "[{$project: {a: 1, b: 0}}]").Message);

    [Theory]
    [InlineData("[{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0, totalHomework: 25, totalQuiz: 18}]",
        "[{$addFields: {totalHomework: {$sum: '$homework'}, totalQuiz: {$sum: '$quiz'}}}]")]
    [InlineData("[{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0, grade: {final: 1}}]",
        "[{$set: {'grade.final': 1}}]")]
    [InlineData("[{_id: 1, student: 'Maya', homework: 25, quiz: [10, 8], extraCredit: 0}]",
        "[{$addFields: {homework: {$sum: '$homework'}}}]")]
    [InlineData("[{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8]}]",
        "[{$addFields: {extraCredit: '$$REMOVE'}}]")]
    [InlineData("[{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0, homeworkCopy: [10, 5, 10], s: 'Maya'}]",
        "[{$addFields: {homeworkCopy: '$homework'}}, {$addFields: {s: '$student'}}]")]
    public void AddFields_AddsOrReplacesFields(string expected, string pipeline) =>
        PipelineAssert.Equal(expected, pipeline, "[{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0}]");

    [Theory]
    [InlineData("[{_id: 1, specs: {doors: 4, wheels: 4, fuel_type: 'unleaded'}}]", "[{$addFields: {'specs.fuel_type': 'unleaded'}}]", "[{_id: 1, specs: {doors: 4, wheels: 4}}]")]
    [InlineData("[{_id: 1, specs: {doors: 4, wheels: 4, fuel_type: 'unleaded'}}]", "[{$addFields: {specs: {fuel_type: 'unleaded'}}}]", "[{_id: 1, specs: {doors: 4, wheels: 4}}]")]
    [InlineData("[{_id: 1, specs: {}}]", "[{$addFields: {specs: {}}}]", "[{_id: 1, specs: {doors: 4}}]")]
    [InlineData("[{_id: 1, a: [{b: 1, c: 0}, {c: 0}, {c: 0}]}]", "[{$addFields: {'a.c': 0}}]", "[{_id: 1, a: [{b: 1}, 2, {}]}]")]
    [InlineData("[{_id: 1, a: {c: 5}}]", "[{$addFields: {'a.c': 5}}]", "[{_id: 1, a: 'scalar'}]")]
    [InlineData("[{_id: 1, a: {b: 1}, c: {d: 2}}]", "[{$addFields: {c: {d: '$a.b'}}}, {$addFields: {'c.d': {$add: ['$c.d', 1]}}}]", "[{_id: 1, a: {b: 1}}]")]
    public void AddFields_NestedFields_MergeIntoEmbeddedDocuments(string expected, string pipeline, string input) =>
        PipelineAssert.Equal(expected, pipeline, input);

    [Theory]
    [InlineData("[{_id: 1, b: 2}]", "[{$unset: 'a'}]")]
    [InlineData("[{_id: 1}]", "[{$unset: ['a', 'b']}]")]
    [InlineData("[{a: 1, b: 2}]", "[{$unset: '_id'}]")]
    [InlineData("[{_id: 1, a: 1, b: 2}]", "[{$unset: 'c.d'}]")]
    public void Unset_RemovesFields(string expected, string pipeline) => PipelineAssert.Equal(expected, pipeline, "[{_id: 1, a: 1, b: 2}]");

    [Theory]
    [InlineData(31002, "[{$unset: 5}]")]
    [InlineData(31119, "[{$unset: []}]")]
    [InlineData(31120, "[{$unset: ['a', 5]}]")]
    [InlineData(40272, "[{$addFields: 5}]")]
    [InlineData(16410, "[{$addFields: {$a: 1}}]")]
    public void UnsetAndAddFields_InvalidSpecification_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);
}
