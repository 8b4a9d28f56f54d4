using System.Diagnostics;
using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>Offset paging (page numbers, totals) and keyset paging (continuation tokens) over the seeded tasks.</summary>
internal sealed class PagingStep(IRepository<TaskItem> tasks) : ITourStep
{
    private const int PageSize = 20;

    public string Title => "Offset and keyset paging";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // Offset paging: simple and gives totals, but the server skips every earlier document.
        var backend = tasks.Find(x => x.Tags.Contains("backend")).SortBy(x => x.Priority);
        var (page, offsetTime) = await TourConsole.MeasureAsync(() => backend.ToPageAsync(2, PageSize, cancellationToken: cancellationToken));
        TourConsole.Figure("Backend tasks (total)", page.TotalCount);
        TourConsole.Figure("Offset page", $"{page.PageNumber} of {page.TotalPages}, {page.Items.Count} items, next: {page.HasNextPage}, previous: {page.HasPreviousPage}");
        TourConsole.Timing("Offset page 2", offsetTime);

        // Keyset paging: each page continues after the last one seen, so deep pages cost the same as the first.
        var all = tasks.Find().SortByDescending(x => x.Priority);
        var pages = 0;
        var seen = 0;
        string? token = null;
        var started = Stopwatch.GetTimestamp();
        do
        {
            var keysetPage = await all.ToKeysetPageAsync(token, PageSize, cancellationToken);
            pages++;
            seen += keysetPage.Items.Count;
            token = keysetPage.NextToken;
        }
        while (token is not null);

        TourConsole.Figure("Keyset walk", $"{seen} tasks in {pages} pages of {PageSize}");
        TourConsole.Timing("Keyset walk, all pages", Stopwatch.GetElapsedTime(started));
    }
}
