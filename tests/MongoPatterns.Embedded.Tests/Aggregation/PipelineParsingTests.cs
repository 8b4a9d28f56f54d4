using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Tests.Expressions;

namespace MongoPatterns.Embedded.Tests.Aggregation;

public sealed class PipelineParsingTests
{
    [Fact]
    public void Parse_StageWithTwoFields_Fails40323()
    {
        var exception = PipelineAssert.Fails(40323, "[{$match: {}, $limit: 1}]");
        Assert.Equal("A pipeline stage specification object must contain exactly one field.", exception.Message);
    }

    [Fact]
    public void Parse_UnknownStage_Fails40324()
    {
        var exception = PipelineAssert.Fails(40324, "[{$foo: {}}]");
        Assert.Equal("Unrecognized pipeline stage name: '$foo'", exception.Message);
    }

    [Fact]
    public void Parse_NonDocumentStage_FailsWithTypeMismatch() => PipelineAssert.Fails(ErrorCodes.TypeMismatch, "[5]");

    [Theory]
    [InlineData("[{$out: 'a'}, {$match: {}}]")]
    [InlineData("[{$merge: 'a'}, {$limit: 1}]")]
    public void Parse_OutputStageNotLast_Fails40601(string pipeline) => PipelineAssert.Fails(40601, pipeline);

    [Fact]
    public void Parse_OutNotLast_HasMongoMessage() =>
        Assert.Equal("$out can only be the final stage in the pipeline", PipelineAssert.Fails(40601, "[{$out: 'a'}, {$match: {}}]").Message);

    [Theory]
    [InlineData(40573, "[{$changeStream: {}}]")]
    [InlineData(ErrorCodes.NotImplemented, "[{$geoNear: {}}]")]
    [InlineData(40602, "[{$match: {}}, {$documents: []}]")]
    [InlineData(40600, "[{$facet: {a: [{$out: 'x'}]}}]")]
    [InlineData(40600, "[{$facet: {a: [{$facet: {b: []}}]}}]")]
    [InlineData(51047, "[{$lookup: {from: 'x', pipeline: [{$merge: 'y'}], as: 'z'}}]")]
    [InlineData(31441, "[{$unionWith: {coll: 'x', pipeline: [{$out: 'y'}]}}]")]
    public void Parse_StageInTheWrongPlace_Fails(int code, string pipeline) => PipelineAssert.Fails(code, pipeline);

    [Fact]
    public void Parse_EmptyPipeline_ReturnsTheInput() => PipelineAssert.Equal("[{a: 1}, {a: 2}]", "[]", "[{a: 1}, {a: 2}]");

    [Fact]
    public void Parse_ExposesPipelineShape()
    {
        var context = PipelineAssert.Context();
        var pipeline = AggregationPipeline.Parse(ShellJson.Array("[{$match: {a: 1}}, {$out: 'x'}]"), context);
        Assert.True(pipeline.WritesOutput);
        Assert.NotNull(pipeline.LeadingFilter);
        Assert.False(pipeline.IsCollectionless);
        Assert.Equal(["$match", "$out"], pipeline.StageNames);
    }

    [Fact]
    public void Execute_IsLazy_AndStopsReadingAfterLimit()
    {
        var context = PipelineAssert.Context();
        var pipeline = AggregationPipeline.Parse(ShellJson.Array("[{$project: {a: 1}}, {$limit: 2}]"), context);
        var read = 0;
        IEnumerable<BsonDocument> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                read++;
                yield return new BsonDocument("a", i);
            }
        }

        var result = pipeline.Execute(Source(), context).ToList();
        Assert.Equal(2, result.Count);
        Assert.Equal(2, read);
    }

    [Fact]
    public void Execute_NeverModifiesInputDocuments()
    {
        var input = ShellJson.Array("[{_id: 1, a: {b: 1}, arr: [1, 2]}, {_id: 2, a: {b: 2}, arr: []}]").Select(static v => v.AsBsonDocument).ToList();
        var snapshot = input.Select(static d => d.DeepClone()).ToList();
        var context = PipelineAssert.Context();
        var pipeline = AggregationPipeline.Parse(
            ShellJson.Array("[{$addFields: {'a.c': 5, x: 1}}, {$unwind: {path: '$arr', preserveNullAndEmptyArrays: true}}, {$project: {'a.b': 0}}, {$set: {'a.d': 1}}]"),
            context);
        _ = pipeline.Execute(input, context).ToList();
        Assert.Equal(snapshot, input);
    }

    [Fact]
    public void Let_CommandVariables_AreEvaluatedOnceAndVisible() =>
        PipelineAssert.Equal(
            "[{_id: 1, r: 15, now: ISODate('2024-03-15T10:30:00Z')}]",
            "[{$project: {r: {$multiply: ['$$factor', '$a']}, now: '$$NOW'}}]",
            "[{_id: 1, a: 5}]",
            let: "{factor: {$add: [1, 2]}}");

    [Fact]
    public void Let_UndefinedVariable_Fails() => PipelineAssert.Fails(17276, "[{$project: {r: '$$nope'}}]");

    [Fact]
    public void EvaluateLetVariables_EvaluatesExpressionsOnce() =>
        Assert.Equal(
            ShellJson.Doc("{a: 3, when: ISODate('2024-03-15T10:30:00Z'), s: 'x'}"),
            AggregationPipeline.EvaluateLetVariables(ShellJson.Doc("{a: {$add: [1, 2]}, when: '$$NOW', s: {$literal: 'x'}}"), PipelineAssert.Now));

    [Theory]
    [InlineData("{Bad: 1}")]
    [InlineData("{a: '$$undefinedThing'}")]
    public void EvaluateLetVariables_InvalidNamesOrExpressions_Fail(string let) =>
        Assert.Throws<MongoServerException>(() => AggregationPipeline.EvaluateLetVariables(ShellJson.Doc(let), PipelineAssert.Now));
}
