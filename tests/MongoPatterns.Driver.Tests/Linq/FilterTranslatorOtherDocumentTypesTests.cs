using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Conventions;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class FilterTranslatorOtherDocumentTypesTests
{
    [Fact]
    public void Translate_BsonDocumentElements_UseKeysAndBsonValues()
    {
        Expression<Func<BsonDocument, bool>> predicate = x => x["name"] == "Ann" && x["address"]["city"] != BsonNull.Value;

        var filter = FilterTranslator.Translate(predicate, TestSerializers.Registry.GetSerializer<BsonDocument>(), TestSerializers.Registry);

        TranslationAssert.Equal("""{ "name": "Ann", "address.city": { "$ne": null } }""", filter);
    }

    [Fact]
    public void Translate_RegistryWithOtherConventions_UsesItsElementNames()
    {
        var registry = new BsonSerializerRegistry(new BsonConventions { ElementNames = ElementNameConvention.AsIs, EnumRepresentation = BsonType.String });

        var filter = FilterTranslator.Translate<Customer>(x => x.Address.City == "Oslo" && x.Level == CustomerLevel.Gold, registry.GetSerializer<Customer>(), registry);

        TranslationAssert.Equal("""{ "Address.City": "Oslo", "Level": "Gold" }""", filter);
    }

    [Fact]
    public void Translate_UntypedLambda_Works()
    {
        LambdaExpression predicate = (Expression<Func<Customer, bool>>)(x => x.Age == 1);

        TranslationAssert.Equal("""{ "age": 1 }""", FilterTranslator.Translate(predicate, TestSerializers.Customer, TestSerializers.Registry));
    }

    [Fact]
    public void Translate_WithoutRegistry_UsesTheDefault()
    {
        var filter = FilterTranslator.Translate<Customer>(x => x.Name == "Ann", BsonSerializerRegistry.Default.GetSerializer<Customer>());

        TranslationAssert.Equal("""{ "name": "Ann" }""", filter);
    }
}
