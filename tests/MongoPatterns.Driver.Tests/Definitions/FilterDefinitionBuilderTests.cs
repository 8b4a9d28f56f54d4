using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Serializers;

namespace MongoPatterns.Driver.Tests.Definitions;

/// <summary>What the string-field filter builders render.</summary>
public sealed class FilterDefinitionBuilderTests
{
    private static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;

    private static BsonDocument Render(FilterDefinition<BsonDocument> filter) =>
        filter.Render(new RenderArgs<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializerRegistry.Default));

    [Fact]
    public void Eq_PlainValue_RendersFieldValue() => Assert.Equal(new BsonDocument("a", 1), Render(Filter.Eq("a", 1)));

    [Fact]
    public void Eq_StringLookingLikeAnOperator_StaysAValue() =>
        Assert.Equal(new BsonDocument("name", "{ $gt: '' }"), Render(Filter.Eq("name", "{ $gt: '' }")));

    [Fact]
    public void Eq_DocumentWhoseFirstFieldIsAnOperator_IsWrappedInEq()
    {
        var value = new BsonDocument("$ne", 1);

        Assert.Equal(new BsonDocument("a", new BsonDocument("$eq", value)), Render(Filter.Eq<BsonValue>("a", value)));
    }

    [Theory]
    [InlineData("$ne")]
    [InlineData("$gt")]
    [InlineData("$gte")]
    [InlineData("$lt")]
    [InlineData("$lte")]
    public void Comparison_RendersOperator(string op)
    {
        var filter = op switch
        {
            "$ne" => Filter.Ne("a", 5),
            "$gt" => Filter.Gt("a", 5),
            "$gte" => Filter.Gte("a", 5),
            "$lt" => Filter.Lt("a", 5),
            _ => Filter.Lte("a", 5),
        };

        Assert.Equal(new BsonDocument("a", new BsonDocument(op, 5)), Render(filter));
    }

    [Fact]
    public void InAndNin_RenderArrays()
    {
        Assert.Equal(new BsonDocument("a", new BsonDocument("$in", new BsonArray { 1, 2 })), Render(Filter.In("a", [1, 2])));
        Assert.Equal(new BsonDocument("a", new BsonDocument("$nin", new BsonArray { "x" })), Render(Filter.Nin("a", ["x"])));
    }

    [Fact]
    public void And_DifferentFields_MergeIntoOneDocument() =>
        Assert.Equal(new BsonDocument { { "a", 1 }, { "b", new BsonDocument("$gt", 2) } }, Render(Filter.And(Filter.Eq("a", 1), Filter.Gt("b", 2))));

    [Fact]
    public void And_RangeOnOneField_MergesOperators() =>
        Assert.Equal(new BsonDocument("a", new BsonDocument { { "$gt", 1 }, { "$lt", 9 } }), Render(Filter.Gt("a", 1) & Filter.Lt("a", 9)));

    [Fact]
    public void And_ConflictingClauses_FallBackToAndArray() =>
        Assert.Equal(
            new BsonDocument("$and", new BsonArray { new BsonDocument("a", 1), new BsonDocument("a", 2) }),
            Render(Filter.And(Filter.Eq("a", 1), Filter.Eq("a", 2))));

    [Fact]
    public void Or_NestedOrs_AreFlattened() =>
        Assert.Equal(
            new BsonDocument("$or", new BsonArray { new BsonDocument("a", 1), new BsonDocument("b", 2), new BsonDocument("c", 3) }),
            Render(Filter.Or(Filter.Eq("a", 1) | Filter.Eq("b", 2), Filter.Eq("c", 3))));

    [Fact]
    public void Not_NegatesTheSimpleShapes()
    {
        Assert.Equal(new BsonDocument("a", new BsonDocument("$ne", 1)), Render(!Filter.Eq("a", 1)));
        Assert.Equal(new BsonDocument("a", new BsonDocument("$nin", new BsonArray { 1 })), Render(Filter.Not(Filter.In("a", [1]))));
        Assert.Equal(new BsonDocument("a", new BsonDocument("$not", new BsonDocument("$gt", 1))), Render(!Filter.Gt("a", 1)));
        Assert.Equal(new BsonDocument("$nor", new BsonArray { new BsonDocument("a", 1), new BsonDocument("b", 1) }), Render(!(Filter.Eq("a", 1) | Filter.Eq("b", 1))));
        Assert.Equal(new BsonDocument("$nor", new BsonArray { new BsonDocument { { "a", 1 }, { "b", 1 } } }), Render(!(Filter.Eq("a", 1) & Filter.Eq("b", 1))));
    }

    [Fact]
    public void ElementOperators_Render()
    {
        Assert.Equal(new BsonDocument("a", new BsonDocument("$exists", true)), Render(Filter.Exists("a")));
        Assert.Equal(new BsonDocument("a", new BsonDocument("$exists", false)), Render(Filter.Exists("a", false)));
        Assert.Equal(new BsonDocument("a", new BsonDocument("$type", 2)), Render(Filter.Type("a", BsonType.String)));
        Assert.Equal(new BsonDocument("tags", new BsonDocument("$size", 3)), Render(Filter.Size("tags", 3)));
        Assert.Equal(new BsonDocument("tags", new BsonDocument("$all", new BsonArray { "x", "y" })), Render(Filter.All("tags", new[] { "x", "y" })));
        Assert.Equal(new BsonDocument("n", new BsonDocument("$mod", new BsonArray { 4L, 1L })), Render(Filter.Mod("n", 4, 1)));
    }

    [Fact]
    public void Regex_RendersARegularExpression() =>
        Assert.Equal(new BsonDocument("name", new BsonRegularExpression("^ad", "i")), Render(Filter.Regex("name", "^ad", "i")));

    [Fact]
    public void ElemMatch_RendersTheItemFilter() =>
        Assert.Equal(
            new BsonDocument("items", new BsonDocument("$elemMatch", new BsonDocument { { "sku", "x" }, { "qty", new BsonDocument("$gt", 1) } })),
            Render(Filter.ElemMatch("items", Builders<BsonDocument>.Filter.Eq("sku", "x") & Builders<BsonDocument>.Filter.Gt("qty", 1))));

    [Fact]
    public void Text_RendersSearchAndLanguage() =>
        Assert.Equal(new BsonDocument("$text", new BsonDocument { { "$search", "coffee" }, { "$language", "en" } }), Render(Filter.Text("coffee", "en")));

    [Fact]
    public void Empty_RendersAnEmptyDocument() => Assert.Equal(new BsonDocument(), Render(Filter.Empty));

    [Fact]
    public void JsonString_ConvertsImplicitly() =>
        Assert.Equal(new BsonDocument("a", new BsonDocument("$gt", 1)), Render("{ \"a\": { \"$gt\": 1 } }"));

    [Fact]
    public void PlainDotNetValues_WithoutRegisteredSerializers_UseTheFallbackMapping()
    {
        var when = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var id = Guid.NewGuid();

        Assert.Equal(new BsonDocument("at", new BsonDateTime(when)), Render(Filter.Eq("at", when)));
        Assert.Equal(new BsonDocument("id", new BsonBinaryData(id)), Render(Filter.Eq("id", id)));
        Assert.Equal(new BsonDocument("n", new BsonDocument("$gt", 1.5)), Render(Filter.Gt("n", 1.5)));
    }
}
