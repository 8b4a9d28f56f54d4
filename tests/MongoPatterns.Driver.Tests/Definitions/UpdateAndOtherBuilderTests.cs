using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Serializers;

namespace MongoPatterns.Driver.Tests.Definitions;

/// <summary>What the update, sort, projection, index keys and pipeline builders render.</summary>
public sealed class UpdateAndOtherBuilderTests
{
    private static readonly RenderArgs<BsonDocument> Args = new(BsonDocumentSerializer.Instance, BsonSerializerRegistry.Default);
    private static readonly UpdateDefinitionBuilder<BsonDocument> Update = Builders<BsonDocument>.Update;

    [Fact]
    public void UpdateOperators_RenderOneOperatorEach()
    {
        Assert.Equal(BsonDocument.Parse("{ \"$set\": { \"a\": 1 } }"), Update.Set("a", 1).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$setOnInsert\": { \"a\": 1 } }"), Update.SetOnInsert("a", 1).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$unset\": { \"a\": \"\" } }"), Update.Unset("a").Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$inc\": { \"n\": 2 } }"), Update.Inc("n", 2).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$mul\": { \"n\": 3 } }"), Update.Mul("n", 3).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$min\": { \"n\": 0 } }"), Update.Min("n", 0).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$max\": { \"n\": 9 } }"), Update.Max("n", 9).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$rename\": { \"a\": \"b\" } }"), Update.Rename("a", "b").Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$currentDate\": { \"at\": true } }"), Update.CurrentDate("at").Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$push\": { \"tags\": \"x\" } }"), Update.Push("tags", "x").Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$addToSet\": { \"tags\": \"x\" } }"), Update.AddToSet("tags", "x").Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$addToSet\": { \"tags\": { \"$each\": [\"x\", \"y\"] } } }"), Update.AddToSetEach("tags", new[] { "x", "y" }).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$pull\": { \"tags\": \"x\" } }"), Update.Pull("tags", "x").Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$pullAll\": { \"tags\": [\"x\"] } }"), Update.PullAll("tags", new[] { "x" }).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$pop\": { \"tags\": -1 } }"), Update.PopFirst("tags").Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"$pop\": { \"tags\": 1 } }"), Update.PopLast("tags").Render(Args));
    }

    [Fact]
    public void PushEach_WithModifiers_RendersThemInOrder() =>
        Assert.Equal(
            BsonDocument.Parse("{ \"$push\": { \"scores\": { \"$each\": [1, 2], \"$position\": 0, \"$slice\": -5, \"$sort\": -1 } } }"),
            Update.PushEach("scores", new[] { 1, 2 }, slice: -5, position: 0, sort: -1).Render(Args));

    [Fact]
    public void PullFilter_RendersTheItemFilter() =>
        Assert.Equal(
            BsonDocument.Parse("{ \"$pull\": { \"items\": { \"qty\": { \"$lt\": 1 } } } }"),
            Update.PullFilter("items", Builders<BsonDocument>.Filter.Lt("qty", 1)).Render(Args));

    [Fact]
    public void Combine_MergesFieldsOfTheSameOperator() =>
        Assert.Equal(
            BsonDocument.Parse("{ \"$set\": { \"a\": 1, \"b\": 2 }, \"$inc\": { \"n\": 1 } }"),
            Update.Combine(Update.Set("a", 1), Update.Inc("n", 1), Update.Set("b", 2)).Render(Args));

    [Fact]
    public void Pipeline_RendersAnArray()
    {
        var stages = new[] { new BsonDocument("$set", new BsonDocument("a", 1)) };

        Assert.Equal(new BsonArray(stages), Update.Pipeline(stages).Render(Args));
        Assert.Equal(new BsonArray(stages), ((UpdateDefinition<BsonDocument>)"[ { \"$set\": { \"a\": 1 } } ]").Render(Args));
    }

    [Fact]
    public void Sort_AscendingDescendingCombine()
    {
        var sort = Builders<BsonDocument>.Sort;

        Assert.Equal(new BsonDocument { { "a", 1 }, { "b", -1 } }, sort.Combine(sort.Ascending("a"), sort.Descending("b")).Render(Args));
        Assert.Equal(BsonDocument.Parse("{ \"score\": { \"$meta\": \"textScore\" } }"), sort.MetaTextScore("score").Render(Args));
    }

    [Fact]
    public void Projection_IncludeExcludeSliceElemMatch()
    {
        var projection = Builders<BsonDocument>.Projection;

        Assert.Equal(
            BsonDocument.Parse("{ \"a\": 1, \"_id\": 0, \"c\": { \"$slice\": [2, 3] }, \"d\": { \"$elemMatch\": { \"x\": 1 } } }"),
            projection.Combine(projection.Include("a"), projection.Exclude("_id"), projection.Slice("c", 3, 2), projection.ElemMatch("d", Builders<BsonDocument>.Filter.Eq("x", 1))).Render(Args));
    }

    [Fact]
    public void IndexKeys_AllKindsAndCombine()
    {
        var keys = Builders<BsonDocument>.IndexKeys;

        Assert.Equal(
            BsonDocument.Parse("{ \"a\": 1, \"b\": -1, \"c\": \"text\", \"d\": \"hashed\", \"e\": \"2dsphere\" }"),
            keys.Combine(keys.Ascending("a"), keys.Descending("b"), keys.Text("c"), keys.Hashed("d"), keys.Geo2DSphere("e")).Render(Args));
        Assert.Equal(new BsonDocument("$**", 1), keys.Wildcard().Render(Args));
        Assert.Equal(new BsonDocument("meta.$**", 1), keys.Wildcard("meta").Render(Args));
    }

    [Fact]
    public void Pipeline_FromArray_RendersStagesAndTheDocumentSerializer()
    {
        PipelineDefinition<BsonDocument, BsonDocument> pipeline = new[] { new BsonDocument("$match", new BsonDocument()) };

        var rendered = pipeline.Render(Args);

        Assert.Single(rendered.Documents);
        Assert.Same(BsonDocumentSerializer.Instance, rendered.OutputSerializer);
    }

    [Fact]
    public void Projection_OfTResult_FromBsonDocument_UsesTheRegistrySerializer()
    {
        ProjectionDefinition<BsonDocument, BsonDocument> projection = new BsonDocument("a", 1);

        var rendered = projection.Render(Args);

        Assert.Equal(new BsonDocument("a", 1), rendered.Document);
        Assert.Same(BsonDocumentSerializer.Instance, rendered.ProjectionSerializer);
    }
}
