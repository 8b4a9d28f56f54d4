using MongoPatterns.Bson;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class UpdateTranslatorTests
{
    private const string Id = "5f1e0c9a2b3c4d5e6f708192";

    [Fact]
    public void RenderField_Set_RendersValueThroughTheMemberSerializer()
    {
        var element = UpdateTranslator.RenderField(x => x.Status, CustomerStatus.Suspended, TestSerializers.Customer, TestSerializers.Registry);

        TranslationAssert.Equal("""{ "$set": { "status": "Suspended" } }""", UpdateTranslator.Operator("$set", element));
    }

    [Fact]
    public void RenderField_StringIdStoredAsObjectId_RendersObjectId()
    {
        var element = UpdateTranslator.RenderField(x => x.Id, Id, TestSerializers.Customer, TestSerializers.Registry);

        Assert.Equal("_id", element.Name);
        Assert.Equal(new BsonObjectId(ObjectId.Parse(Id)), element.Value);
    }

    [Fact]
    public void RenderField_PositionalItem_RendersDollar()
    {
        var element = UpdateTranslator.RenderField(x => x.Lines[-1].Quantity, 3, TestSerializers.Customer, TestSerializers.Registry);

        TranslationAssert.Equal("""{ "$inc": { "lines.$.quantity": 3 } }""", UpdateTranslator.Operator("$inc", element));
    }

    [Fact]
    public void RenderField_NestedDocument_RendersTheWholeDocument()
    {
        var element = UpdateTranslator.RenderField(x => x.Address, new Address { City = "Oslo", PostalCode = "0150" }, TestSerializers.Customer, TestSerializers.Registry);

        TranslationAssert.Equal("""{ "address": { "city": "Oslo", "zip": "0150", "location": null } }""", new BsonDocument { element });
    }

    [Fact]
    public void RenderField_NullValue_RendersNull()
    {
        var element = UpdateTranslator.RenderField(x => x.Score, null, TestSerializers.Customer, TestSerializers.Registry);

        Assert.Equal(BsonNull.Value, element.Value);
    }

    [Fact]
    public void RenderItem_Push_RendersTheItemThroughTheItemSerializer()
    {
        var element = UpdateTranslator.RenderItem(x => x.FriendIds, Id, TestSerializers.Customer, TestSerializers.Registry);

        Assert.Equal("friendIds", element.Name);
        Assert.Equal(new BsonObjectId(ObjectId.Parse(Id)), element.Value);
    }

    [Fact]
    public void RenderItem_DocumentItem_RendersTheDocument()
    {
        var element = UpdateTranslator.RenderItem(x => x.Lines, new OrderLine { Sku = "A", Quantity = 2, Price = 1.5m }, TestSerializers.Customer, TestSerializers.Registry);

        TranslationAssert.Equal(
            """{ "$push": { "lines": { "sku": "A", "quantity": 2, "price": { "$numberDecimal": "1.5" }, "labels": [] } } }""",
            UpdateTranslator.Operator("$push", element));
    }

    [Fact]
    public void RenderItems_Each_RendersAnArray()
    {
        var element = UpdateTranslator.RenderItems(x => x.Tags, ["a", "$b"], TestSerializers.Customer, TestSerializers.Registry);

        TranslationAssert.Equal(
            """{ "$addToSet": { "tags": { "$each": ["a", "$b"] } } }""",
            new BsonDocument("$addToSet", new BsonDocument(element.Name, new BsonDocument("$each", element.Value))));
    }

    [Fact]
    public void RenderItem_NotAnArray_Throws() =>
        Assert.Throws<NotSupportedException>(() => UpdateTranslator.RenderItem(x => x.Name, 'a', TestSerializers.Customer, TestSerializers.Registry));

    [Fact]
    public void Operator_SeveralElements_AreKeptInOrder()
    {
        var name = UpdateTranslator.RenderField(x => x.Name, "Ann", TestSerializers.Customer, TestSerializers.Registry);
        var city = UpdateTranslator.RenderField(x => x.Address.City, "Oslo", TestSerializers.Customer, TestSerializers.Registry);

        TranslationAssert.Equal("""{ "$set": { "name": "Ann", "address.city": "Oslo" } }""", UpdateTranslator.Operator("$set", name, city));
    }
}
