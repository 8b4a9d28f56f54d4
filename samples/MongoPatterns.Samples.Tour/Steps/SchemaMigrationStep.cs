using MongoPatterns.Bson;
using MongoPatterns.Databases;
using MongoPatterns.Migrations;
using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;
using Spectre.Console;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>
/// Documents written by three generations of code live side by side. Repository reads upgrade them to v3 on the fly
/// (lazily, in memory); the background sweep of <see cref="IMigrationRunner"/> then rewrites every outdated document.
/// </summary>
internal sealed class SchemaMigrationStep(IRepository<Contact> contacts, IMongoDatabaseProvider databases, IMigrationRunner migrations) : ITourStep
{
    private const int VersionOneCount = 300;
    private const int VersionTwoCount = 200;
    private const int VersionThreeCount = 100;

    private static readonly string[] GivenNames = ["Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "Ken"];
    private static readonly string[] FamilyNames = ["Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson"];

    public string Title => "Schema migration v1 → v3";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // Seed raw documents through the driver, as older releases of the application would have written them.
        var collection = databases.GetDatabase("core").GetCollection<BsonDocument>("contacts");
        var oldest = ObjectId.GenerateNewId();
        var documents = new List<BsonDocument>(VersionOneCount + VersionTwoCount + VersionThreeCount);
        documents.Add(VersionOne(0, oldest));
        for (var i = 1; i < VersionOneCount; i++)
        {
            documents.Add(VersionOne(i, ObjectId.GenerateNewId()));
        }

        for (var i = 0; i < VersionTwoCount; i++)
        {
            documents.Add(new BsonDocument
            {
                { "_id", ObjectId.GenerateNewId() },
                { "schemaVersion", 2 },
                { "fullName", FullName(i) },
                { "phones", new BsonArray { Phone(i), Phone(i + 1) } },
            });
        }

        for (var i = 0; i < VersionThreeCount; i++)
        {
            documents.Add(new BsonDocument
            {
                { "_id", ObjectId.GenerateNewId() },
                { "schemaVersion", 3 },
                { "givenName", GivenNames[i % GivenNames.Length] },
                { "familyName", FamilyNames[i % FamilyNames.Length] },
                { "phones", new BsonArray { Phone(i) } },
            });
        }

        await collection.InsertManyAsync(documents, cancellationToken: cancellationToken);
        await PrintHistogramAsync("Stored versions before", cancellationToken);

        // Lazy: the repository upgrades each document in memory as it reads it; the entity class only knows v3.
        var stored = documents[0];
        TourConsole.Figure("A v1 document as stored", $"fullName: {stored["fullName"]}, phone: {stored["phone"]}");
        var (contact, readTime) = await TourConsole.MeasureAsync(() => contacts.GetByIdAsync(oldest.ToString(), cancellationToken));
        TourConsole.Figure("The same contact read as v3", $"givenName: {contact!.GivenName}, familyName: {contact.FamilyName}, phones: [{string.Join(", ", contact.Phones)}]");
        TourConsole.Timing("Read with upgrade", readTime);
        var all = await contacts.Find().ToListAsync(cancellationToken);
        TourConsole.Figure("Contacts read as v3 entities", $"{all.Count(c => c.GivenName.Length > 0 && c.Phones.Count > 0)} of {all.Count}");

        // Eager: the background sweep rewrites every outdated document in batches, reporting progress after each one.
        MigrationProgress? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask("contacts", maxValue: VersionOneCount + VersionTwoCount);
                result = await migrations.MigrateAsync<Contact>(new MigrationSweepOptions { BatchSize = 50 }, new MigrationProgressBar(bar), cancellationToken);
                bar.Value = bar.MaxValue;
            });
        TourConsole.Figure("Sweep", $"{result!.Migrated} migrated, {result.Skipped} skipped in {result.Elapsed.TotalMilliseconds:F0} ms");
        await PrintHistogramAsync("Stored versions after", cancellationToken);
    }

    private static BsonDocument VersionOne(int index, ObjectId id) => new()
    {
        // No schemaVersion at all: version 1 wrote none, and a missing version counts as 1.
        { "_id", id },
        { "fullName", FullName(index) },
        { "phone", Phone(index) },
    };

    private static string FullName(int index) => $"{GivenNames[index % GivenNames.Length]} {FamilyNames[index / GivenNames.Length % FamilyNames.Length]}";

    private static string Phone(int index) => $"+44 20 7946 {index % 10_000:D4}";

    private async Task PrintHistogramAsync(string label, CancellationToken cancellationToken)
    {
        var stats = await migrations.GetVersionStatsAsync<Contact>(cancellationToken);
        var histogram = string.Join(", ", stats.DocumentsByVersion.OrderBy(pair => pair.Key).Select(pair => $"v{pair.Key}: {pair.Value}"));
        TourConsole.Figure(label, $"{histogram} (current v{stats.CurrentVersion}, {stats.Outdated} outdated)");
    }
}
