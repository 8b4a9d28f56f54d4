using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>
/// The three-database pattern: business data in <c>core</c>, high-volume events in <c>analytics</c>, the audit trail in
/// <c>logs</c>. Each repository knows its database (see Program.cs), so application code never picks one.
/// </summary>
internal sealed class ThreeDatabasesStep(
    IRepository<User> users,
    IRepository<PageView> pageViews,
    IRepository<AuditLogEntry> auditLog) : ITourStep
{
    public string Title => "Three databases: core, analytics, logs";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        TourConsole.Figure("core: users", await users.CountAsync(cancellationToken));
        TourConsole.Figure("analytics: page views", await pageViews.CountAsync(cancellationToken));

        // An analytics aggregation: views and average time on page per path, busiest first.
        // Element names are camelCase by convention (DurationMs is stored as durationMs).
        var pipeline = PipelineDefinition<PageView, BsonDocument>.Create(
        [
            BsonDocument.Parse("""{ "$group": { "_id": "$path", "views": { "$sum": 1 }, "averageMs": { "$avg": "$durationMs" } } }"""),
            BsonDocument.Parse("""{ "$sort": { "views": -1, "_id": 1 } }"""),
            BsonDocument.Parse("""{ "$limit": 3 }"""),
        ]);
        var (busiest, aggregationTime) = await TourConsole.MeasureAsync(() => pageViews.AggregateAsync(pipeline, cancellationToken));
        foreach (var row in busiest)
        {
            TourConsole.Figure($"analytics: {row["_id"].AsString}", $"{row["views"].ToInt32()} views, {row["averageMs"].ToDouble():F0} ms on average");
        }

        TourConsole.Timing("Aggregation", aggregationTime);

        // Audit entries go to the logs database.
        await auditLog.InsertAsync(new AuditLogEntry { Action = "tour.report-viewed", At = DateTime.UtcNow }, cancellationToken);
        TourConsole.Figure("logs: audit entries", await auditLog.CountAsync(cancellationToken));
    }
}
