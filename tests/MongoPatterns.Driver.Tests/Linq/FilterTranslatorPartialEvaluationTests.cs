using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class FilterTranslatorPartialEvaluationTests
{
    private static readonly int s_staticLimit = 21;
    private readonly string _instanceName = "field value";

    private static int StaticLimit => s_staticLimit;

    private string InstanceName => _instanceName;

    [Fact]
    public void Translate_CapturedLocal_UsesItsValueAtTranslationTime()
    {
        var age = 30;
        Expression<Func<Customer, bool>> predicate = x => x.Age == age;
        age = 31;

        TranslationAssert.Equal("""{ "age": 31 }""", Translate(predicate));
    }

    [Fact]
    public void Translate_SameLambdaWithOtherCapturedValues_RendersEachValue()
    {
        foreach (var name in new[] { "a", "b" })
        {
            TranslationAssert.Equal($$"""{ "name": "{{name}}" }""", Translate(x => x.Name == name));
        }
    }

    [Fact]
    public void Translate_FieldsPropertiesAndStatics_AreEvaluated()
    {
        TranslationAssert.Equal(
            """{ "name": "field value", "age": { "$lt": 21 }, "visits": { "$gt": { "$numberLong": "21" } } }""",
            Translate(x => x.Name == InstanceName && x.Age < StaticLimit && x.Visits > s_staticLimit));
    }

    [Fact]
    public void Translate_MethodCallsAndArithmetic_AreEvaluated()
    {
        var start = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var limits = new[] { 10, 20 };

        TranslationAssert.Equal(
            """{ "createdAt": { "$gte": { "$date": "2024-04-30T00:00:00Z" } }, "age": { "$lte": 30 }, "name": "ANN" }""",
            Translate(x => x.CreatedAt >= start.AddDays(-1) && x.Age <= limits.Sum() && x.Name == string.Concat("AN", "N")));
    }

    [Fact]
    public void Translate_NestedClosureMembers_AreEvaluated()
    {
        var filter = new { Customer = new Customer { Name = "Zed", Address = new Address { City = "Bergen" } } };

        TranslationAssert.Equal(
            """{ "name": "Zed", "address.city": "Bergen" }""",
            Translate(x => x.Name == filter.Customer.Name && x.Address.City == filter.Customer.Address.City));
    }

    [Fact]
    public void Translate_ClientConditionalAndConstantBranches_AreEvaluated()
    {
        var onlyActive = true;
        var minimum = (int?)null;

        TranslationAssert.Equal(
            """{ "isActive": true, "age": { "$gte": 0 } }""",
            Translate(x => (!onlyActive || x.IsActive) && (minimum == null || x.Age >= minimum) && x.Age >= (minimum ?? 0)));
    }

    [Fact]
    public void Translate_IndexAndKeyFromVariables_AreEvaluated()
    {
        var index = 2;
        var key = "size";

        TranslationAssert.Equal(
            """{ "tags.2": "x", "attributes.size": "L" }""",
            Translate(x => x.Tags[index] == "x" && x.Attributes[key] == "L"));
    }

    [Fact]
    public void Translate_CollectionBuiltOnTheClient_IsEvaluatedOnce()
    {
        var customers = new List<Customer> { new() { Id = "5f1e0c9a2b3c4d5e6f708192" }, new() { Id = "5f1e0c9a2b3c4d5e6f708193" } };

        TranslationAssert.Equal(
            """{ "_id": { "$in": [{ "$oid": "5f1e0c9a2b3c4d5e6f708192" }, { "$oid": "5f1e0c9a2b3c4d5e6f708193" }] } }""",
            Translate(x => customers.Select(c => c.Id).ToList().Contains(x.Id)));
    }

    [Fact]
    public void Translate_GuidValue_RendersThroughTheGuidSerializer()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var filter = Translate(x => x.ExternalId == id);

        TranslationAssert.Equal(new BsonDocument("externalId", new BsonBinaryData(id)), filter);
        Assert.Equal(BsonBinarySubType.UuidStandard, ((BsonBinaryData)filter["externalId"]).SubType);
    }

    [Fact]
    public void Translate_EnumVariable_RendersAsStoredName()
    {
        var status = CustomerStatus.Suspended;
        var statuses = new List<CustomerStatus> { CustomerStatus.Active };

        TranslationAssert.Equal(
            """{ "status": "Suspended", "previousStatus": { "$in": ["Active"] } }""",
            Translate(x => x.Status == status && statuses.Contains(x.PreviousStatus!.Value)));
    }

    [Fact]
    public void Translate_EvaluationThrows_PropagatesTheException()
    {
        Customer? missing = null;

        Assert.Throws<NullReferenceException>(() => Translate(x => x.Name == missing!.Name));
    }

    private static BsonDocument Translate(Expression<Func<Customer, bool>> predicate) =>
        FilterTranslator.Translate(predicate, TestSerializers.Customer, TestSerializers.Registry);
}
