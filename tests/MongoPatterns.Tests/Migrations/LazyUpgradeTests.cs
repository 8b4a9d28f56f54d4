using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>Reading mixed-version collections through every read path, write-back policies and version stamping.</summary>
public sealed class LazyUpgradeTests(EmbeddedMongoFixture fixture) : IClassFixture<EmbeddedMongoFixture>
{
    private static readonly BsonDocument s_byId = new("_id", 1);

    [Fact]
    public async Task Find_MixedVersionCollection_ReturnsCurrentEntities()
    {
        await using var context = await SeedAsync(WriteBackPolicy.Never);

        var people = await context.Typed<Person>().Find(FilterDefinition<Person>.Empty).Sort(s_byId).ToListAsync();

        AssertMixedPeople(people);
    }

    [Fact]
    public async Task EveryReadPath_MixedVersionCollection_ReturnsCurrentEntities()
    {
        await using var context = await SeedAsync(WriteBackPolicy.Never);
        var people = context.Typed<Person>();

        var found = await (await people.FindAsync(FilterDefinition<Person>.Empty, new FindOptions<Person, Person> { Sort = s_byId })).ToListAsync();
        var page = await people.Find(FilterDefinition<Person>.Empty).Sort(s_byId).Skip(1).Limit(2).ToListAsync();
        var streamed = new List<Person>();
        await foreach (var person in people.Find(FilterDefinition<Person>.Empty).Sort(s_byId).BatchSize(1).ToAsyncEnumerable())
        {
            streamed.Add(person);
        }

        var single = await people.Find(new BsonDocument("_id", 1)).SingleAsync();
        var projected = await people.Find(FilterDefinition<Person>.Empty).Sort(s_byId).Project<Person>(new BsonDocument("visits", 0)).ToListAsync();
        var aggregated = await (await people.AggregateAsync<Person>(new[] { new BsonDocument("$sort", s_byId) })).ToListAsync();
        var updated = await people.FindOneAndUpdateAsync(
            new BsonDocument("_id", 1), new BsonDocument("$inc", new BsonDocument("visits", 1)), new FindOneAndUpdateOptions<Person> { ReturnDocument = ReturnDocument.After });

        AssertMixedPeople(found);
        AssertMixedPeople(streamed);
        AssertMixedPeople(aggregated);
        Assert.Equal(["Grace", "Alan"], page.Select(static p => p.FirstName));
        Assert.Equal(("Ada", "Lovelace"), (single.FirstName, single.LastName));
        Assert.Equal(["Lovelace", "Hopper", "Turing"], projected.Select(static p => p.LastName));
        Assert.Equal(("Ada", 1), (updated!.FirstName, updated.Visits));
    }

    [Fact]
    public async Task OnRead_UpgradedDocument_IsWrittenBackWithCurrentVersion()
    {
        await using var context = await SeedAsync(WriteBackPolicy.OnRead);

        await context.Typed<Person>().Find(FilterDefinition<Person>.Empty).ToListAsync();
        await context.WriteBacks.WhenIdleAsync();

        var stored = await context.StoredAsync(1);
        Assert.Equal(3, stored["schemaVersion"].AsInt32);
        Assert.Equal("Ada", stored["firstName"].ToString());
        Assert.False(stored.Contains("name"));
        Assert.Equal([2, 3], stored["steps"].AsBsonArray.Select(static v => v.AsInt32));
        Assert.Equal(3, (await context.StoredAsync(2))["schemaVersion"].AsInt32);
        Assert.Equal(["people", "people"], context.Observer.Writes);
    }

    [Fact]
    public async Task Never_UpgradedDocument_StaysAsStored()
    {
        await using var context = await SeedAsync(WriteBackPolicy.Never);

        await context.Typed<Person>().Find(FilterDefinition<Person>.Empty).ToListAsync();
        await context.WriteBacks.WhenIdleAsync();

        Assert.False((await context.StoredAsync(1)).Contains("schemaVersion"));
        Assert.Empty(context.Observer.Writes);
    }

    [Fact]
    public async Task OnNextWrite_ReadDoesNotWriteAndTheNextReplaceStamps()
    {
        await using var context = await SeedAsync(WriteBackPolicy.OnNextWrite);
        var people = context.Typed<Person>();

        var person = await people.Find(new BsonDocument("_id", 1)).SingleAsync();
        await context.WriteBacks.WhenIdleAsync();
        var afterRead = await context.StoredAsync(1);
        person.Visits = 3;
        await people.ReplaceOneAsync(new BsonDocument("_id", 1), person);
        var afterWrite = await context.StoredAsync(1);

        Assert.False(afterRead.Contains("schemaVersion"));
        Assert.Equal((3, "Lovelace", 3), (afterWrite["schemaVersion"].AsInt32, afterWrite["lastName"].ToString(), afterWrite["visits"].AsInt32));
        Assert.False(afterWrite.Contains("name"));
    }

    [Fact]
    public async Task OnRead_ConcurrentPartialUpdateBeforeTheWriteBack_IsNotOverwritten()
    {
        await using var context = await SeedAsync(WriteBackPolicy.OnRead, backgroundWriteBacks: false);

        await context.Typed<Person>().Find(new BsonDocument("_id", 1)).SingleAsync();
        await context.Raw.UpdateOneAsync(new BsonDocument("_id", 1), new BsonDocument("$inc", new BsonDocument("visits", 5)));
        await context.WriteBacks.DrainAsync();

        var stored = await context.StoredAsync(1);
        Assert.Equal(5, stored["visits"].AsInt32);
        Assert.False(stored.Contains("schemaVersion"));
        var reread = await context.Typed<Person>().Find(new BsonDocument("_id", 1)).SingleAsync();
        Assert.Equal((5, "Ada"), (reread.Visits, reread.FirstName));
    }

    [Fact]
    public async Task OnRead_ConcurrentReplacementBeforeTheWriteBack_IsNotOverwritten()
    {
        await using var context = await SeedAsync(WriteBackPolicy.OnRead, backgroundWriteBacks: false);
        var people = context.Typed<Person>();

        var person = await people.Find(new BsonDocument("_id", 1)).SingleAsync();
        var other = await people.Find(new BsonDocument("_id", 1)).SingleAsync();
        other.LastName = "King";
        await people.ReplaceOneAsync(new BsonDocument("_id", 1), other);
        await context.WriteBacks.DrainAsync();

        var stored = await context.StoredAsync(1);
        Assert.Equal(("King", 3), (stored["lastName"].ToString(), stored["schemaVersion"].AsInt32));
        Assert.Equal("Lovelace", person.LastName);
    }

    [Fact]
    public async Task OnRead_ProjectedRead_DoesNotWriteBackThePartialDocument()
    {
        await using var context = await SeedAsync(WriteBackPolicy.OnRead, backgroundWriteBacks: false);
        await context.Raw.UpdateOneAsync(new BsonDocument("_id", 1), new BsonDocument("$set", new BsonDocument("visits", 4)));

        var projected = await context.Typed<Person>().Find(new BsonDocument("_id", 1)).Project<Person>(new BsonDocument("visits", 0)).SingleAsync();
        await context.WriteBacks.DrainAsync();

        Assert.Equal(0, projected.Visits);
        var stored = await context.StoredAsync(1);
        Assert.Equal(4, stored["visits"].AsInt32);
        Assert.False(stored.Contains("schemaVersion"));
    }

    [Fact]
    public async Task Writes_StampTheCurrentVersion()
    {
        await using var context = MigrationTestContext.Create(fixture);
        var people = context.Typed<Person>();

        await people.InsertOneAsync(new Person { Id = 7, FirstName = "Edsger", LastName = "Dijkstra" });
        var inserted = await context.StoredAsync(7);
        await people.ReplaceOneAsync(new BsonDocument("_id", 7), new Person { Id = 7, FirstName = "E.", LastName = "Dijkstra" });
        var replaced = await context.StoredAsync(7);

        Assert.Equal(3, inserted["schemaVersion"].AsInt32);
        Assert.Equal(["_id", "schemaVersion"], inserted.Names.Take(2));
        Assert.Equal(3, replaced["schemaVersion"].AsInt32);
        Assert.Equal(1, replaced.Names.Count(static n => n == "schemaVersion"));
        Assert.Equal("E.", (await people.Find(new BsonDocument("_id", 7)).SingleAsync()).FirstName);
    }

    [Fact]
    public async Task NewerDocument_ThrowPolicy_NamesIdAndVersions()
    {
        await using var context = MigrationTestContext.Create(fixture);
        await context.Raw.InsertOneAsync(MigrationTestContext.V3(42, "Ada", "Lovelace"));

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => context.Typed<PersonV2>().Find(FilterDefinition<PersonV2>.Empty).ToListAsync());

        var tooNew = FindInner<SchemaVersionTooNewException>(exception);
        Assert.Equal((3, 2), (tooNew.DocumentVersion, tooNew.CurrentVersion));
        Assert.Equal(42, tooNew.DocumentId!.AsInt32);
        Assert.Contains("42", tooNew.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewerDocument_DowngradePolicy_AppliesDownSteps()
    {
        await using var context = MigrationTestContext.Create(fixture, static o => o.NewerDocuments = NewerDocumentPolicy.Downgrade);
        await context.Raw.InsertOneAsync(MigrationTestContext.V3(42, "Ada", "Lovelace"));

        var person = await context.Typed<PersonV2>().Find(FilterDefinition<PersonV2>.Empty).SingleAsync();

        Assert.Equal("Ada Lovelace", person.FullName);
    }

    [Fact]
    public async Task NewerDocument_DowngradeWithoutDownStep_Throws()
    {
        await using var context = MigrationTestContext.Create(fixture, static o => o.NewerDocuments = NewerDocumentPolicy.Downgrade);
        var v4 = MigrationTestContext.V3(42, "Ada", "Lovelace");
        v4["schemaVersion"] = 4;
        await context.Raw.InsertOneAsync(v4);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => context.Typed<Person>().Find(FilterDefinition<Person>.Empty).ToListAsync());

        Assert.Equal(4, FindInner<SchemaVersionTooNewException>(exception).DocumentVersion);
    }

    [Fact]
    public async Task NewerDocument_ReadAsIs_RewriteKeepsEveryFieldAndVersion()
    {
        await using var context = MigrationTestContext.Create(fixture, static o => o.NewerDocuments = NewerDocumentPolicy.ReadAsIs);
        await context.Raw.InsertOneAsync(MigrationTestContext.V3(42, "Ada", "Lovelace"));
        var old = context.Typed<PersonV2>();

        var person = await old.Find(FilterDefinition<PersonV2>.Empty).SingleAsync();
        person.Visits = 9;
        await old.ReplaceOneAsync(new BsonDocument("_id", 42), person);

        var stored = await context.StoredAsync(42);
        Assert.Equal(("Ada", "Lovelace", 9, 3), (stored["firstName"].ToString(), stored["lastName"].ToString(), stored["visits"].AsInt32, stored["schemaVersion"].AsInt32));
        var current = await context.Typed<Person>().Find(FilterDefinition<Person>.Empty).SingleAsync();
        Assert.Equal(("Ada", 9), (current.FirstName, current.Visits));
    }

    [Fact]
    public async Task VersionStats_CountsDocumentsPerVersion()
    {
        await using var context = await SeedAsync(WriteBackPolicy.Never);

        var stats = await context.Runner.GetVersionStatsAsync<Person>();

        Assert.Equal([1, 2, 3], stats.DocumentsByVersion.Keys);
        Assert.Equal((3L, 2L, 0L), (stats.Total, stats.Outdated, stats.Newer));
    }

    [Fact]
    public async Task UpgradesOnRead_AreCountedOnTheMongoPatternsMeter()
    {
        await using var context = await SeedAsync(WriteBackPolicy.OnRead);
        var upgrades = 0L;
        var writeBacks = 0L;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "MongoPatterns" && instrument.Name.StartsWith("mongopatterns.migrations.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "mongopatterns.migrations.upgraded_on_read")
            {
                Interlocked.Add(ref upgrades, value);
            }
            else if (instrument.Name == "mongopatterns.migrations.write_backs")
            {
                Interlocked.Add(ref writeBacks, value);
            }
        });
        listener.Start();

        await context.Typed<Person>().Find(FilterDefinition<Person>.Empty).ToListAsync();
        await context.WriteBacks.WhenIdleAsync();

        Assert.True(Interlocked.Read(ref upgrades) >= 2);
        Assert.True(Interlocked.Read(ref writeBacks) >= 2);
    }

    internal static T FindInner<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        throw new Xunit.Sdk.XunitException($"Expected a {typeof(T).Name} in the chain, got {exception}");
    }

    private static void AssertMixedPeople(List<Person> people)
    {
        Assert.Equal(["Ada", "Grace", "Alan"], people.Select(static p => p.FirstName));
        Assert.Equal(["Lovelace", "Hopper", "Turing"], people.Select(static p => p.LastName));
        Assert.Equal([2, 3], people[0].Steps);
        Assert.Equal([3], people[1].Steps);
        Assert.Empty(people[2].Steps);
    }

    private async Task<MigrationTestContext> SeedAsync(WriteBackPolicy policy, bool backgroundWriteBacks = true)
    {
        var context = MigrationTestContext.Create(fixture, o => o.WriteBack = policy, backgroundWriteBacks: backgroundWriteBacks);
        await context.Raw.InsertManyAsync(
        [
            MigrationTestContext.V1(1, "Ada Lovelace"),
            MigrationTestContext.V2(2, "Grace Hopper"),
            MigrationTestContext.V3(3, "Alan", "Turing"),
        ]);
        return context;
    }
}
