using MongoPatterns.Driver.Tests.Integration;
using MongoPatterns.Driver.Tests.Linq;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Builders;

/// <summary>The predicate overloads of the collection and the lambda sorts and projections of the fluent find, against the embedded server.</summary>
public sealed class LambdaCollectionExtensionsTests(EmbeddedMongoFixture fixture) : IntegrationTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    public sealed class Person
    {
        public string? Id { get; set; }

        public string Name { get; set; } = string.Empty;

        public int Age { get; set; }

        public List<string> Tags { get; set; } = [];
    }

    private IMongoCollection<Person> People => Database.GetCollection<Person>("people");

    private async Task SeedAsync() =>
        await People.InsertManyAsync(
        [
            new Person { Name = "Ada", Age = 36, Tags = ["math"] },
            new Person { Name = "Grace", Age = 45, Tags = ["navy", "code"] },
            new Person { Name = "Alan", Age = 41, Tags = ["code"] },
            new Person { Name = "Linus", Age = 21, Tags = [] },
        ]);

    [SkippableFact]
    public Task Find_WithPredicateSortAndProjection_ReturnsShapedResults() => ServerFeature(async () =>
    {
        await SeedAsync();

        var names = await People.Find(x => x.Age > 30).SortByDescending(x => x.Age).ThenBy(x => x.Name).Project(x => new { x.Name, Decade = x.Age / 10 }).ToListAsync();

        Assert.Equal(["Grace", "Alan", "Ada"], names.Select(n => n.Name));
        Assert.Equal([4, 4, 3], names.Select(n => n.Decade));
        var find = Events.Started("find")[^1].Command;
        TranslationAssert.Equal("""{ "age": -1, "name": 1 }""", find["sort"].AsBsonDocument);
        TranslationAssert.Equal("""{ "name": 1, "age": 1, "_id": 0 }""", find["projection"].AsBsonDocument);
    });

    [SkippableFact]
    public Task CountUpdateDelete_WithPredicates_AffectTheMatchingDocuments() => ServerFeature(async () =>
    {
        await SeedAsync();

        var coders = await People.CountDocumentsAsync(x => x.Tags.Contains("code"));
        var updated = await People.UpdateManyAsync(x => x.Tags.Contains("code"), Builders<Person>.Update.Inc(x => x.Age, 1).AddToSet(x => x.Tags, "senior"));
        var deleted = await People.DeleteOneAsync(x => x.Name == "Linus");
        var grace = await People.Find(x => x.Name == "Grace").SingleAsync();
        var remaining = await People.CountDocumentsAsync(x => true);

        Assert.Equal(2, coders);
        Assert.Equal(2, updated.ModifiedCount);
        Assert.Equal(1, deleted.DeletedCount);
        Assert.Equal(46, grace.Age);
        Assert.Equal(["navy", "code", "senior"], grace.Tags);
        Assert.Equal(3, remaining);
    });

    [SkippableFact]
    public Task FindOneAndUpdate_AndDistinct_WithLambdas() => ServerFeature(async () =>
    {
        await SeedAsync();

        var before = await People.FindOneAndUpdateAsync(x => x.Name == "Ada", Builders<Person>.Update.Set(x => x.Age, 37));
        var ages = await (await People.DistinctAsync(x => x.Age, x => x.Age < 40)).ToListAsync();

        Assert.Equal(36, before!.Age);
        Assert.Equal([21, 37], ages.Order());
    });

    [SkippableFact]
    public Task ThenBy_WithoutSortBy_Throws() => ServerFeature(() =>
    {
        Assert.Throws<InvalidOperationException>(() => People.Find(x => x.Age > 1).ThenBy(x => x.Name));
        return Task.CompletedTask;
    });

    [SkippableFact]
    public Task IndexKeys_FromLambdas_CreateTheIndex() => ServerFeature(async () =>
    {
        var keys = Builders<Person>.IndexKeys;

        var name = await People.Indexes.CreateOneAsync(new CreateIndexModel<Person>(keys.Combine(keys.Ascending(x => x.Name), keys.Descending(x => x.Age))));

        Assert.Equal("name_1_age_-1", name);
    });
}
