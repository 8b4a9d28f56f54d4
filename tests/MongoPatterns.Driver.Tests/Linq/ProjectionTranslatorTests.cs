using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class ProjectionTranslatorTests
{
    private static readonly BsonDocument s_stored = BsonDocument.Parse("""
        {
          "_id": { "$oid": "5f1e0c9a2b3c4d5e6f708192" }, "name": "Ann", "mail": "ann@example.com", "age": 41, "score": 7,
          "address": { "city": "Oslo", "zip": "0150" }, "tags": ["vip", "new"],
          "lines": [{ "sku": "A-1", "quantity": 2, "price": { "$numberDecimal": "9.5" }, "labels": [] }],
          "attributes": { "color": "red" }
        }
        """);

    [Fact]
    public void Translate_AnonymousType_ProjectsTheFieldsItReads()
    {
        var projection = Translate(x => new { x.Name, x.Address.City });

        TranslationAssert.Equal("""{ "name": 1, "address.city": 1, "_id": 0 }""", projection.Document!);
        var result = Read(projection);
        Assert.Equal("Ann", result.Name);
        Assert.Equal("Oslo", result.City);
    }

    [Fact]
    public void Translate_IdRead_IsIncluded()
    {
        var projection = Translate(x => new { x.Id, x.Name });

        TranslationAssert.Equal("""{ "_id": 1, "name": 1 }""", projection.Document!);
        Assert.Equal("5f1e0c9a2b3c4d5e6f708192", Read(projection).Id);
    }

    [Fact]
    public void Translate_ComputedValue_ProjectsEveryFieldUsed()
    {
        var projection = Translate(x => x.Name + " <" + x.Email + ">");

        TranslationAssert.Equal("""{ "name": 1, "mail": 1, "_id": 0 }""", projection.Document!);
        Assert.Equal("Ann <ann@example.com>", Read(projection));
    }

    [Fact]
    public void Translate_RecordConstructor_BuildsTheRecord()
    {
        var projection = Translate(x => new CustomerSummary(x.Name, x.Age, x.Address.City));

        TranslationAssert.Equal("""{ "name": 1, "age": 1, "address.city": 1, "_id": 0 }""", projection.Document!);
        Assert.Equal(new CustomerSummary("Ann", 41, "Oslo"), Read(projection));
    }

    [Fact]
    public void Translate_ObjectInitializer_BuildsTheObject()
    {
        var projection = Translate(x => new OrderLine { Sku = x.Name, Quantity = x.Age * 2 });

        var result = Read(projection);
        Assert.Equal("Ann", result.Sku);
        Assert.Equal(82, result.Quantity);
    }

    [Fact]
    public void Translate_PathInsideAnotherPath_IsDropped()
    {
        var projection = Translate(x => new { x.Address.City, x.Address });

        TranslationAssert.Equal("""{ "address": 1, "_id": 0 }""", projection.Document!);
        Assert.Equal("0150", Read(projection).Address.PostalCode);
    }

    [Fact]
    public void Translate_ArrayItemsAndSizes_ProjectTheWholeArray()
    {
        var projection = Translate(x => new { First = x.Lines[0].Sku, Count = x.Tags.Count, Total = x.Lines.Sum(l => l.Quantity * l.Price) });

        TranslationAssert.Equal("""{ "lines": 1, "tags": 1, "_id": 0 }""", projection.Document!);
        var result = Read(projection);
        Assert.Equal(("A-1", 2, 19m), (result.First, result.Count, result.Total));
    }

    [Fact]
    public void Translate_MembersOfScalarsAndNullables_ProjectTheStoredField()
    {
        var projection = Translate(x => new { Length = x.Name.Length, Score = x.Score.HasValue ? x.Score.Value : -1, Color = x.Attributes["color"] });

        TranslationAssert.Equal("""{ "name": 1, "score": 1, "attributes": 1, "_id": 0 }""", projection.Document!);
        Assert.Equal(new { Length = 3, Score = 7, Color = "red" }, Read(projection));
    }

    [Fact]
    public void Translate_NoFieldRead_ProjectsOnlyIdAway()
    {
        var projection = Translate(x => 42);

        TranslationAssert.Equal("""{ "_id": 0 }""", projection.Document!);
        Assert.Equal(42, Read(projection));
    }

    [Fact]
    public void Translate_WholeDocumentPassedToAMethod_NeedsNoProjection()
    {
        var projection = Translate(x => Describe(x));

        Assert.Null(projection.Document);
        Assert.Equal("Ann from Oslo", Read(projection));
    }

    [Fact]
    public void Translate_UnmappedComputedMember_NeedsNoProjection()
    {
        var projection = Translate(x => x.Display);

        Assert.Null(projection.Document);
        Assert.Equal("Ann (41)", Read(projection));
    }

    [Fact]
    public void Translate_Identity_UsesTheDocumentSerializer()
    {
        var projection = Translate(x => x);

        Assert.Null(projection.Document);
        Assert.Same(TestSerializers.Customer, projection.ResultSerializer);
    }

    [Fact]
    public void Translate_CapturedValues_AreBoundPerTranslation()
    {
        var first = Read(Suffixed(" (first)"));
        var second = Read(Suffixed(" (second)"));

        Assert.Equal("Ann (first)", first);
        Assert.Equal("Ann (second)", second);
    }

    [Fact]
    public void Translate_SameShapeTwice_CompilesOnce()
    {
        var before = CompiledLambdaCache.Count;
        Scaled(1);
        var afterFirst = CompiledLambdaCache.Count;
        var result = Read(Scaled(2));

        Assert.Equal(before + 1, afterFirst);
        Assert.Equal(afterFirst, CompiledLambdaCache.Count);
        Assert.Equal(82, result);
    }

    [Fact]
    public void ResultSerializer_Write_IsNotSupported()
    {
        var projection = Translate(x => x.Name);

        Assert.Throws<NotSupportedException>(() => BsonSerializer.SerializeValue(projection.ResultSerializer, "a"));
    }

    private static string Describe(Customer customer) => customer.Name + " from " + customer.Address.City;

    private static TranslatedProjection<string> Suffixed(string suffix) => Translate(x => x.Name + suffix);

    // Used by one test only, so that its shape is compiled there first.
    private static TranslatedProjection<int> Scaled(int multiplier) => Translate(x => x.Age * multiplier);

    private static TranslatedProjection<TResult> Translate<TResult>(Expression<Func<Customer, TResult>> projection) =>
        ProjectionTranslator.Translate(projection, TestSerializers.Customer, TestSerializers.Registry);

    // Reads what the server would return: the stored document reduced to the projection.
    private static TResult Read<TResult>(TranslatedProjection<TResult> projection)
    {
        var returned = projection.Document is null ? s_stored : Project(s_stored, projection.Document);
        var reader = new BsonBinaryReader(returned.ToBson());
        return projection.ResultSerializer.Deserialize(ref reader, BsonType.Document);
    }

    private static BsonDocument Project(BsonDocument stored, BsonDocument projection)
    {
        var result = new BsonDocument();
        foreach (var element in projection)
        {
            if (element.Value == 0)
            {
                continue;
            }

            var segments = element.Name.Split('.');
            BsonValue? value = stored;
            foreach (var segment in segments)
            {
                value = value is BsonDocument document && document.TryGetValue(segment, out var child) ? child : null;
            }

            if (value is null)
            {
                continue;
            }

            var target = result;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                if (!target.TryGetValue(segments[i], out var next))
                {
                    next = new BsonDocument();
                    target.Add(segments[i], next);
                }

                target = (BsonDocument)next;
            }

            target.Set(segments[^1], value);
        }

        return result;
    }
}
