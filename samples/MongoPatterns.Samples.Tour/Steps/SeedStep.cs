using MongoPatterns.Samples.Tour.Seeding;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>Seeds the data the other steps use.</summary>
internal sealed class SeedStep(TourSeeder seeder) : ITourStep
{
    public string Title => "Seed realistic data";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var (_, elapsed) = await TourConsole.MeasureAsync(async () =>
        {
            await seeder.SeedAsync(cancellationToken);
            return true;
        });
        TourConsole.Figure("Organisations / users / projects / tasks", $"3 / {3 * TourSeeder.UsersPerOrganisation} / {3 * TourSeeder.ProjectsPerOrganisation} / {3 * TourSeeder.ProjectsPerOrganisation * TourSeeder.TasksPerProject}");
        TourConsole.Figure("Page views", TourSeeder.PageViewCount);
        TourConsole.Timing("Seeding", elapsed);
    }
}
