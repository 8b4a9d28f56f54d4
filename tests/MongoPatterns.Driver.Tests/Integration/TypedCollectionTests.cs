using MongoPatterns.Bson;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>Typed collections through the serializer registry's class maps (camelCase element names, generated ids).</summary>
public sealed class TypedCollectionTests(EmbeddedMongoFixture fixture) : IntegrationTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    public sealed class Customer
    {
        public string? Id { get; set; }

        public string Email { get; set; } = string.Empty;

        public List<string> Tags { get; set; } = [];

        public int Orders { get; set; }

        public DateTime Since { get; set; }
    }

    public sealed record CustomerSummary(string Email, int Orders);

    private IMongoCollection<Customer> Customers => Database.GetCollection<Customer>("customers");

    private static FilterDefinitionBuilder<Customer> By => Builders<Customer>.Filter;

    [SkippableFact]
    public Task InsertOne_GeneratesTheIdAndStoresMemberNamesAsCamelCase() => ServerFeature(async () =>
    {
        var customer = new Customer { Email = "ada@example.com", Tags = ["vip"], Since = new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc) };

        await Customers.InsertOneAsync(customer);

        Assert.NotNull(customer.Id);
        var raw = await Collection("customers").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();
        Assert.Equal(BsonType.ObjectId, raw["_id"].BsonType);
        Assert.Equal("ada@example.com", raw["email"].AsString);
        Assert.Equal(customer.Id, raw["_id"].AsObjectId.ToString());
    });

    [SkippableFact]
    public Task Builders_WithMemberNames_RenderElementNamesAndTypedValues() => ServerFeature(async () =>
    {
        await Customers.InsertManyAsync(
        [
            new Customer { Email = "a@x", Tags = ["vip", "eu"], Orders = 3 },
            new Customer { Email = "b@x", Tags = ["eu"], Orders = 10 },
            new Customer { Email = "c@x", Tags = ["us"], Orders = 0 },
        ]);

        var busy = await Customers.Find(By.Gte("Orders", 3) & By.Eq("Tags", "eu")).Sort(Builders<Customer>.Sort.Descending("Orders")).ToListAsync();
        var updated = await Customers.FindOneAndUpdateAsync(By.Eq("Email", "c@x"), Builders<Customer>.Update.Inc("Orders", 5).Push("Tags", "new"), new FindOneAndUpdateOptions<Customer> { ReturnDocument = ReturnDocument.After });
        var tags = await (await Customers.DistinctAsync<string>("Tags", FilterDefinition<Customer>.Empty)).ToListAsync();

        Assert.Equal(["b@x", "a@x"], busy.Select(c => c.Email));
        Assert.Equal(5, updated!.Orders);
        Assert.Equal(["us", "new"], updated.Tags);
        Assert.Equal(["eu", "new", "us", "vip"], tags.Order(StringComparer.Ordinal));
        Assert.Equal(new BsonDocument { { "orders", new BsonDocument("$gte", 3) }, { "tags", "eu" } }, Events.Started("find")[0].Command["filter"]);
    });

    [SkippableFact]
    public Task Projection_ToAnotherType_DeserializesTheProjectedDocuments() => ServerFeature(async () =>
    {
        await Customers.InsertOneAsync(new Customer { Email = "p@x", Orders = 7 });

        var summary = await Customers.Find(By.Eq("Email", "p@x"))
            .Project<CustomerSummary>(Builders<Customer>.Projection.Combine(Builders<Customer>.Projection.Include("Email"), Builders<Customer>.Projection.Include("Orders"), Builders<Customer>.Projection.Exclude("Id")))
            .SingleAsync();

        Assert.Equal(new CustomerSummary("p@x", 7), summary);
    });

    [SkippableFact]
    public Task Aggregate_IntoATypedResult_UsesTheRegistrySerializer() => ServerFeature(async () =>
    {
        await Customers.InsertManyAsync([new Customer { Email = "a@x", Orders = 1 }, new Customer { Email = "b@x", Orders = 2 }]);

        var cursor = await Customers.AggregateAsync<CustomerSummary>(new[]
        {
            new BsonDocument("$project", new BsonDocument { { "_id", 0 }, { "email", 1 }, { "orders", 1 } }),
            new BsonDocument("$sort", new BsonDocument("orders", -1)),
        });

        Assert.Equal([new CustomerSummary("b@x", 2), new CustomerSummary("a@x", 1)], await cursor.ToListAsync());
    });
}
