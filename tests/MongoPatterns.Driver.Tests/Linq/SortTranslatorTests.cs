using System.Linq.Expressions;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class SortTranslatorTests
{
    [Fact]
    public void Translate_Ascending_RendersOne() =>
        TranslationAssert.Equal("""{ "name": 1 }""", SortTranslator.Translate(x => x.Name, descending: false, TestSerializers.Customer, TestSerializers.Registry));

    [Fact]
    public void Translate_Descending_RendersMinusOne() =>
        TranslationAssert.Equal("""{ "address.zip": -1 }""", SortTranslator.Translate(x => x.Address.PostalCode, descending: true, TestSerializers.Customer, TestSerializers.Registry));

    [Fact]
    public void Translate_ObjectTypedKey_StripsTheCast()
    {
        Expression<Func<Customer, object>> key = x => x.CreatedAt;

        TranslationAssert.Equal("""{ "createdAt": 1 }""", SortTranslator.Translate(key, descending: false, TestSerializers.Customer, TestSerializers.Registry));
    }

    [Fact]
    public void Translate_ThenByChain_IsComposedByTheCaller()
    {
        var sort = SortTranslator.Translate(x => x.Level, descending: true, TestSerializers.Customer, TestSerializers.Registry);
        sort.AddRange(SortTranslator.Translate(x => x.Id, descending: false, TestSerializers.Customer, TestSerializers.Registry));

        TranslationAssert.Equal("""{ "level": -1, "_id": 1 }""", sort);
    }

    [Fact]
    public void Translate_NotAField_Throws() =>
        Assert.Throws<NotSupportedException>(() => SortTranslator.Translate(x => x.Name.Length, descending: false, TestSerializers.Customer, TestSerializers.Registry));
}
