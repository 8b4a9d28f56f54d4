using MongoPatterns.Caching;
using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>
/// Caches a query's result with <c>WithCache()</c>: the first read is a miss (the database answers), the second a hit
/// (decoded from the cache). A repository write bumps the collection's generation, so the next read is a miss again
/// and returns fresh data.
/// </summary>
internal sealed class CachedQueryStep(IRepository<TaskItem> tasks, IQueryCache cache) : ITourStep
{
    private const int Urgent = 5;

    public string Title => "Cached query (WithCache)";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // The same query, built each time: entries are keyed by the rendered filter, sort and terminal operation.
        Task<IReadOnlyList<TaskItem>> UrgentOpenTasksAsync() => tasks
            .Find(x => x.Priority == Urgent && x.Status == "todo")
            .SortBy(x => x.Title)
            .WithCache(TimeSpan.FromMinutes(5))
            .ToListAsync(cancellationToken);

        var (first, missTime) = await ReadAsync(UrgentOpenTasksAsync);
        TourConsole.Figure("Urgent open tasks (first read)", $"{first.Items.Count} ({first.Outcome})");
        TourConsole.Timing("First read", missTime);

        var (second, hitTime) = await ReadAsync(UrgentOpenTasksAsync);
        TourConsole.Figure("Urgent open tasks (second read)", $"{second.Items.Count} ({second.Outcome})");
        TourConsole.Timing("Second read", hitTime);

        // Any write through a repository invalidates the collection's cached queries before it returns.
        var task = await tasks.Find(x => x.Priority < Urgent && x.Status == "todo").SortBy(x => x.Title).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The seeded data has no open task below the urgent priority.");
        await tasks.UpdateAsync(task.Id!, u => u.Set(x => x.Priority, Urgent), cancellationToken);
        TourConsole.Figure("Update", $"\"{task.Title}\" raised to priority {Urgent}");

        var (third, freshTime) = await ReadAsync(UrgentOpenTasksAsync);
        TourConsole.Figure("Urgent open tasks (after the update)", $"{third.Items.Count} ({third.Outcome})");
        TourConsole.Timing("Read after the update", freshTime);

        var statistics = cache.GetStatistics();
        TourConsole.Figure("Cache statistics", $"{statistics.Hits} hits, {statistics.Misses} misses, {statistics.EntryCount} entries");
    }

    // Tells a hit from a miss by the cache's own counters.
    private async Task<((IReadOnlyList<TaskItem> Items, string Outcome) Read, TimeSpan Elapsed)> ReadAsync(Func<Task<IReadOnlyList<TaskItem>>> query)
    {
        var before = cache.GetStatistics().Hits;
        var (items, elapsed) = await TourConsole.MeasureAsync(query);
        var outcome = cache.GetStatistics().Hits > before ? "cache hit" : "cache miss, from the database";
        return ((items, outcome), elapsed);
    }
}
