using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Driver.Tests.Linq;

namespace MongoPatterns.Driver.Tests.Builders;

/// <summary>What the lambda overloads of the builders render: element names from the class map, values through the member serializer.</summary>
public sealed class LambdaBuilderRenderingTests
{
    private const string Id = "5f1e0c9a2b3c4d5e6f708192";
    private static readonly RenderArgs<Customer> Args = new(TestSerializers.Customer, TestSerializers.Registry);
    private static readonly FilterDefinitionBuilder<Customer> Filter = Builders<Customer>.Filter;
    private static readonly UpdateDefinitionBuilder<Customer> Update = Builders<Customer>.Update;

    [Fact]
    public void FilterComparisons_UseElementNamesAndMemberSerializers()
    {
        TranslationAssert.Equal("""{ "mail": "a@x" }""", Filter.Eq(x => x.Email, "a@x").Render(Args));
        TranslationAssert.Equal("""{ "_id": { "$oid": "5f1e0c9a2b3c4d5e6f708192" } }""", Filter.Eq(x => x.Id, Id).Render(Args));
        TranslationAssert.Equal("""{ "status": { "$ne": "Suspended" } }""", Filter.Ne(x => x.Status, CustomerStatus.Suspended).Render(Args));
        TranslationAssert.Equal("""{ "age": { "$gt": 30 } }""", Filter.Gt(x => x.Age, 30).Render(Args));
        TranslationAssert.Equal("""{ "age": { "$gte": 30 } }""", Filter.Gte(x => x.Age, 30).Render(Args));
        TranslationAssert.Equal("""{ "visits": { "$lt": { "$numberLong": "5" } } }""", Filter.Lt(x => x.Visits, 5).Render(Args));
        TranslationAssert.Equal("""{ "address.zip": { "$lte": "0150" } }""", Filter.Lte(x => x.Address.PostalCode, "0150").Render(Args));
        TranslationAssert.Equal("""{ "status": { "$in": ["Active", "Pending"] } }""", Filter.In(x => x.Status, [CustomerStatus.Active, CustomerStatus.Pending]).Render(Args));
        TranslationAssert.Equal("""{ "age": { "$nin": [1, 2] } }""", Filter.Nin(x => x.Age, [1, 2]).Render(Args));
    }

    [Fact]
    public void FilterOnArrays_RenderValuesAsItems()
    {
        TranslationAssert.Equal("""{ "tags": "vip" }""", Filter.AnyEq(x => x.Tags, "vip").Render(Args));
        TranslationAssert.Equal("""{ "tags": "vip" }""", Filter.AnyEq("Tags", "vip").Render(Args));
        TranslationAssert.Equal("""{ "friendIds": { "$oid": "5f1e0c9a2b3c4d5e6f708192" } }""", Filter.AnyEq(x => x.FriendIds, Id).Render(Args));
        TranslationAssert.Equal("""{ "tags": { "$ne": "vip" } }""", Filter.AnyNe(x => x.Tags, "vip").Render(Args));
        TranslationAssert.Equal("""{ "scores": { "$gt": 5 } }""", Filter.AnyGt(x => x.Scores, 5).Render(Args));
        TranslationAssert.Equal("""{ "scores": { "$gte": 5 } }""", Filter.AnyGte(x => x.Scores, 5).Render(Args));
        TranslationAssert.Equal("""{ "scores": { "$lt": 5 } }""", Filter.AnyLt(x => x.Scores, 5).Render(Args));
        TranslationAssert.Equal("""{ "scores": { "$lte": 5 } }""", Filter.AnyLte(x => x.Scores, 5).Render(Args));
        TranslationAssert.Equal("""{ "tags": { "$in": ["a", "b"] } }""", Filter.AnyIn(x => x.Tags, ["a", "b"]).Render(Args));
        TranslationAssert.Equal("""{ "tags": { "$nin": ["a"] } }""", Filter.AnyNin(x => x.Tags, ["a"]).Render(Args));
        TranslationAssert.Equal("""{ "tags": { "$all": ["a", "b"] } }""", Filter.All(x => x.Tags, ["a", "b"]).Render(Args));
        TranslationAssert.Equal("""{ "tags": { "$size": 2 } }""", Filter.Size(x => x.Tags, 2).Render(Args));
    }

    [Fact]
    public void FilterElemMatch_WithPredicate_TranslatesItItemScoped()
    {
        TranslationAssert.Equal(
            """{ "lines": { "$elemMatch": { "quantity": { "$gt": 5 }, "sku": "A1" } } }""",
            Filter.ElemMatch(x => x.Lines, l => l.Quantity > 5 && l.Sku == "A1").Render(Args));
        TranslationAssert.Equal(
            """{ "lines": { "$elemMatch": { "sku": "A1" } } }""",
            Filter.ElemMatch(x => x.Lines, Builders<OrderLine>.Filter.Eq(l => l.Sku, "A1")).Render(Args));
    }

    [Fact]
    public void FilterFieldOperators_RenderTheLambdaPath()
    {
        TranslationAssert.Equal("""{ "deletedAt": { "$exists": false } }""", Filter.Exists(x => x.DeletedAt, exists: false).Render(Args));
        TranslationAssert.Equal("""{ "score": { "$type": 16 } }""", Filter.Type(x => x.Score, BsonType.Int32).Render(Args));
        TranslationAssert.Equal("""{ "name": { "$regularExpression": { "pattern": "^a", "options": "i" } } }""", Filter.Regex(x => x.Name, new BsonRegularExpression("^a", "i")).Render(Args));
        TranslationAssert.Equal("""{ "age": { "$mod": [{ "$numberLong": "2" }, { "$numberLong": "0" }] } }""", Filter.Mod(x => x.Age, 2, 0).Render(Args));
    }

    [Fact]
    public void Where_TranslatesThePredicate() =>
        TranslationAssert.Equal(
            """{ "age": { "$gte": 18 }, "tags": "vip" }""",
            Filter.Where(x => x.Age >= 18 && x.Tags.Contains("vip")).Render(Args));

    [Fact]
    public void Where_CombinesWithOtherFilters() =>
        TranslationAssert.Equal(
            """{ "age": { "$gte": 18 }, "name": "Ada" }""",
            (Filter.Where(x => x.Age >= 18) & Filter.Eq(x => x.Name, "Ada")).Render(Args));

    [Fact]
    public void Where_UntranslatablePredicate_ThrowsNamingTheExpressionWhenRendered()
    {
        var filter = Filter.Where(x => x.Name.GetHashCode() == 3);

        var error = Assert.Throws<NotSupportedException>(() => filter.Render(Args));
        Assert.Contains("GetHashCode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateOperators_RenderElementNamesAndMemberValues()
    {
        TranslationAssert.Equal("""{ "$set": { "status": "Active" } }""", Update.Set(x => x.Status, CustomerStatus.Active).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$setOnInsert": { "mail": "a@x" } }""", Update.SetOnInsert(x => x.Email, "a@x").Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$unset": { "deletedAt": "" } }""", Update.Unset(x => x.DeletedAt).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$inc": { "lines.$.quantity": 2 } }""", Update.Inc(x => x.Lines[-1].Quantity, 2).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$mul": { "rating": 1.5 } }""", Update.Mul(x => x.Rating, 1.5).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$min": { "age": 1 } }""", Update.Min(x => x.Age, 1).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$max": { "age": 9 } }""", Update.Max(x => x.Age, 9).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$rename": { "name": "fullName" } }""", Update.Rename(x => x.Name, "fullName").Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$currentDate": { "createdAt": true } }""", Update.CurrentDate(x => x.CreatedAt).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$push": { "friendIds": { "$oid": "5f1e0c9a2b3c4d5e6f708192" } } }""", Update.Push(x => x.FriendIds, Id).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$push": { "scores": { "$each": [1, 2], "$slice": -3 } } }""", Update.PushEach(x => x.Scores, [1, 2], slice: -3).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$addToSet": { "tags": "x" } }""", Update.AddToSet(x => x.Tags, "x").Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$addToSet": { "tags": { "$each": ["x", "y"] } } }""", Update.AddToSetEach(x => x.Tags, ["x", "y"]).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$pull": { "tags": "x" } }""", Update.Pull(x => x.Tags, "x").Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$pullAll": { "tags": ["x"] } }""", Update.PullAll(x => x.Tags, ["x"]).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$pull": { "lines": { "quantity": 0 } } }""", Update.PullFilter(x => x.Lines, l => l.Quantity == 0).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$pop": { "tags": -1 } }""", Update.PopFirst(x => x.Tags).Render(Args).AsBsonDocument);
        TranslationAssert.Equal("""{ "$pop": { "tags": 1 } }""", Update.PopLast(x => x.Tags).Render(Args).AsBsonDocument);
    }

    [Fact]
    public void UpdateChaining_WithLambdas_MergesOperators() =>
        TranslationAssert.Equal(
            """{ "$set": { "name": "Ada", "age": 36 }, "$inc": { "visits": { "$numberLong": "1" } }, "$push": { "tags": "new" } }""",
            Update.Set(x => x.Name, "Ada").Inc(x => x.Visits, 1L).Set(x => x.Age, 36).Push(x => x.Tags, "new").Render(Args).AsBsonDocument);

    [Fact]
    public void SortAndIndexKeys_RenderElementNames()
    {
        var sort = Builders<Customer>.Sort;
        var keys = Builders<Customer>.IndexKeys;

        TranslationAssert.Equal("""{ "mail": 1, "age": -1 }""", sort.Combine(sort.Ascending(x => x.Email), sort.Descending(x => x.Age)).Render(Args));
        TranslationAssert.Equal(
            """{ "mail": 1, "age": -1, "name": "text", "_id": "hashed", "address.location": "2dsphere", "attributes.$**": 1 }""",
            keys.Combine(keys.Ascending(x => x.Email), keys.Descending(x => x.Age), keys.Text(x => x.Name), keys.Hashed(x => x.Id), keys.Geo2DSphere(x => x.Address.Location), keys.Wildcard(x => x.Attributes)).Render(Args));
    }

    [Fact]
    public void ProjectionIncludeExclude_RenderElementNames()
    {
        var projection = Builders<Customer>.Projection;

        TranslationAssert.Equal(
            """{ "mail": 1, "_id": 0, "tags": { "$slice": 2 }, "lines": { "$elemMatch": { "sku": "A" } } }""",
            projection.Combine(projection.Include(x => x.Email), projection.Exclude(x => x.Id), projection.Slice(x => x.Tags, 2), projection.ElemMatch(x => x.Lines, l => l.Sku == "A")).Render(Args));
    }

    [Fact]
    public void ProjectionExpression_AsksOnlyForTheFieldsItReads()
    {
        var rendered = Builders<Customer>.Projection.Expression(x => new { x.Name, City = x.Address.City }).Render(Args);

        TranslationAssert.Equal("""{ "name": 1, "address.city": 1, "_id": 0 }""", rendered.Document!);
        var reader = new BsonBinaryReader(BsonDocument.Parse("""{ "name": "Ada", "address": { "city": "Oslo" } }""").ToBson());
        var result = rendered.ProjectionSerializer.Deserialize(ref reader, BsonType.Document);
        Assert.Equal(new { Name = "Ada", City = "Oslo" }, result);
    }

    [Fact]
    public void ExpressionFieldDefinition_UntranslatableLambda_ThrowsNamingIt()
    {
        var field = new ExpressionFieldDefinition<Customer, string>(x => x.Name.Trim());

        var error = Assert.Throws<NotSupportedException>(() => field.Render(Args));
        Assert.Contains("Trim", error.Message, StringComparison.Ordinal);
    }
}
