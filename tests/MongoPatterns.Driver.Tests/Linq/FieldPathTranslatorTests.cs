using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class FieldPathTranslatorTests
{
    public static TheoryData<Expression<Func<Customer, object?>>, string> Paths => new()
    {
        { x => x.Name, "name" },
        { x => x.Id, "_id" },
        { x => x.Email, "mail" },
        { x => x.Age, "age" },
        { x => x.Address.City, "address.city" },
        { x => x.Address.PostalCode, "address.zip" },
        { x => x.Address.Location!.Value.Longitude, "address.location.longitude" },
        { x => x.Score!.Value, "score" },
        { x => x.Tags, "tags" },
        { x => x.Tags[1], "tags.1" },
        { x => x.Lines[0].Sku, "lines.0.sku" },
        { x => x.Lines.ElementAt(3).Price, "lines.3.price" },
        { x => x.Lines.First().Labels, "lines.0.labels" },
        { x => x.Scores[2], "scores.2" },
        { x => x.Matrix[1][2], "matrix.1.2" },
        { x => x.Attributes["color"], "attributes.color" },
        { x => x.Extra!["a"], "extra.a" },
        { x => (long)x.Age, "age" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Translate_FieldLambda_RendersElementPath(Expression<Func<Customer, object?>> field, string expected) =>
        Assert.Equal(expected, FieldPathTranslator.Translate(field, TestSerializers.Customer, TestSerializers.Registry).Path);

    [Fact]
    public void Translate_Member_ReturnsTheMemberSerializer()
    {
        var field = FieldPathTranslator.Translate(x => x.Id, TestSerializers.Customer, TestSerializers.Registry);

        Assert.Equal(typeof(string), field.FieldSerializer.ValueType);
        Assert.Equal(new BsonObjectId(ObjectId.Parse("5f1e0c9a2b3c4d5e6f708192")), field.RenderValue("5f1e0c9a2b3c4d5e6f708192"));
    }

    [Fact]
    public void Translate_ArrayItem_ReturnsTheItemSerializer()
    {
        var field = FieldPathTranslator.Translate(x => x.FriendIds[0], TestSerializers.Customer, TestSerializers.Registry);

        Assert.Equal(typeof(string), field.FieldSerializer.ValueType);
        Assert.IsType<BsonObjectId>(field.RenderValue("5f1e0c9a2b3c4d5e6f708192"));
    }

    [Fact]
    public void Translate_ArrayField_ExposesItsItemField()
    {
        var field = FieldPathTranslator.Translate(x => x.Lines, TestSerializers.Customer, TestSerializers.Registry);

        Assert.NotNull(field.ItemField);
        Assert.Equal("lines", field.ItemField.Path);
        Assert.Equal(typeof(OrderLine), field.ItemField.FieldSerializer.ValueType);
    }

    [Fact]
    public void Translate_PositionalIndex_RendersDollarOnlyWhenAllowed()
    {
        Expression<Func<Customer, int>> quantity = x => x.Lines[-1].Quantity;

        Assert.Equal("lines.$.quantity", FieldPathTranslator.Translate(quantity, TestSerializers.Customer, TestSerializers.Registry, allowPositional: true).Path);
        var exception = Assert.Throws<NotSupportedException>(() => FieldPathTranslator.Translate(quantity, TestSerializers.Customer, TestSerializers.Registry));
        Assert.Contains("the index -1 is negative", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_OtherNegativeIndex_IsRejectedEvenWhenPositionalIsAllowed()
    {
        var exception = Assert.Throws<NotSupportedException>(
            () => FieldPathTranslator.Translate(x => x.Lines[-2].Quantity, TestSerializers.Customer, TestSerializers.Registry, allowPositional: true));

        Assert.Contains("only -1, the positional operator $, is allowed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_CastToObject_GetsAConvertingValueSerializer()
    {
        var field = FieldPathTranslator.Translate<Customer, object>(x => x.Status, TestSerializers.Customer, TestSerializers.Registry);
        var serializer = field.GetValueSerializer<object>();

        Assert.Equal(new BsonString("Active"), BsonSerializer.SerializeValue(serializer, CustomerStatus.Active));
        Assert.Equal(CustomerStatus.Suspended, RoundTrip(serializer, new BsonString("Suspended")));
    }

    [Fact]
    public void Translate_WideningCast_ConvertsValuesBackAndForth()
    {
        var field = FieldPathTranslator.Translate(x => (long)x.Age, TestSerializers.Customer, TestSerializers.Registry);
        var serializer = field.GetValueSerializer<long>();

        Assert.Equal(new BsonInt32(42), BsonSerializer.SerializeValue(serializer, 42L));
        Assert.Equal(42L, RoundTrip(serializer, new BsonInt32(42)));
    }

    [Fact]
    public void Translate_SameType_ReturnsTheFieldSerializerItself()
    {
        var field = FieldPathTranslator.Translate(x => x.Name, TestSerializers.Customer, TestSerializers.Registry);

        Assert.Same(field.FieldSerializer, field.GetValueSerializer<string>());
    }

    [Fact]
    public void Translate_UntypedLambda_Works()
    {
        LambdaExpression field = (Expression<Func<Customer, string>>)(x => x.Address.City);

        Assert.Equal("address.city", FieldPathTranslator.Translate(field, TestSerializers.Customer).Path);
    }

    [Fact]
    public void Translate_BsonDocumentElements_UseKeysAsNames()
    {
        var field = FieldPathTranslator.Translate<BsonDocument, BsonValue>(
            x => x["address"]["city"], TestSerializers.Registry.GetSerializer<BsonDocument>(), TestSerializers.Registry);

        Assert.Equal("address.city", field.Path);
    }

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Translate_NotAField_ThrowsNamingTheExpression(Expression<Func<Customer, object?>> field, string expression, string reason)
    {
        var exception = Assert.Throws<NotSupportedException>(() => FieldPathTranslator.Translate(field, TestSerializers.Customer, TestSerializers.Registry));

        Assert.True(exception.Message.StartsWith($"Expression '{expression}' cannot be translated to a MongoDB field path", StringComparison.Ordinal), exception.Message);
        Assert.True(exception.Message.Contains(reason, StringComparison.Ordinal), exception.Message);
    }

    public static TheoryData<Expression<Func<Customer, object?>>, string, string> Unsupported => new()
    {
        { x => x, "x => x", "it selects the whole document" },
        { x => x.Display, "x.Display", "Display is not a mapped member of Customer" },
        { x => x.Ignored, "x.Ignored", "Ignored is not a mapped member of Customer" },
        { x => x.Tags.Count, "x.Tags.Count", "" },
        { x => x.Attributes.Count, "x.Attributes.Count", "" },
        { x => x.Name.Length, "x.Name.Length", "" },
        { x => x.Address.City.ToUpperInvariant(), "x.Address.City.ToUpperInvariant()", "" },
        { x => x.Tags[x.Age], "x.Tags.get_Item(x.Age)", "the index must be computed on the client" },
        { x => x.Name[0], "x.Name.get_Chars(0)", "" },
    };

    private static T RoundTrip<T>(IBsonSerializer<T> serializer, BsonValue value)
    {
        var bytes = new BsonDocument("v", value).ToBson();
        var reader = new BsonBinaryReader(bytes);
        reader.ReadStartDocument();
        reader.TryReadNextElement(out var type);
        reader.SkipName();
        return serializer.Deserialize(ref reader, type);
    }
}
