using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Tests.Fakes;

namespace MongoPatterns.Driver.Tests.Definitions;

/// <summary>Field names and values rendered through a document serializer that maps members (the path lambda builders will take).</summary>
public sealed class FieldRenderingTests
{
    private static readonly RenderArgs<Person> Args = new(PersonSerializer.Instance, BsonSerializerRegistry.Default);
    private static readonly FilterDefinitionBuilder<Person> Filter = Builders<Person>.Filter;

    [Fact]
    public void Eq_MemberName_RendersTheElementNameAndTheMembersValueSerializer() =>
        Assert.Equal(new BsonDocument("email", "A@B.C"), Filter.Eq("Email", "a@b.c").Render(Args));

    [Fact]
    public void Eq_ElementNameNotMapped_IsKeptAsGiven() =>
        Assert.Equal(new BsonDocument("other", "x"), Filter.Eq("other", "x").Render(Args));

    [Fact]
    public void Eq_ItemOfAnArrayMember_UsesTheItemSerializer() =>
        Assert.Equal(new BsonDocument("tags", "RED"), Filter.Eq("Tags", "red").Render(Args));

    [Fact]
    public void In_ArrayMember_RendersEveryValueThroughTheItemSerializer() =>
        Assert.Equal(new BsonDocument("tags", new BsonDocument("$in", new BsonArray { "A", "B" })), Filter.In("Tags", ["a", "b"]).Render(Args));

    [Fact]
    public void DottedPath_WithPositionalSegment_MapsEachStep() =>
        Assert.Equal(new BsonDocument("tags.$", "X"), Builders<Person>.Update.Set("Tags.$", "x").Render(Args)["$set"].AsBsonDocument);

    [Fact]
    public void Sort_MemberName_RendersTheElementName() =>
        Assert.Equal(new BsonDocument("email", -1), Builders<Person>.Sort.Descending("Email").Render(Args));

    [Fact]
    public void Push_ArrayMember_RendersTheItemThroughTheItemSerializer() =>
        Assert.Equal(BsonDocument.Parse("{ \"$push\": { \"tags\": \"NEW\" } }"), Builders<Person>.Update.Push("Tags", "new").Render(Args));

    [Fact]
    public void StringField_Render_ExposesNameAndSerializer()
    {
        var rendered = new StringFieldDefinition<Person, string>("Email").Render(Args);

        Assert.Equal("email", rendered.FieldName);
        Assert.Same(PersonSerializer.UpperCaseStringSerializer.Instance, rendered.FieldSerializer);
    }
}
