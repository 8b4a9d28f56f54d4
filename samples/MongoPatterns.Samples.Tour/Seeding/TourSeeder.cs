using MongoPatterns.Driver;
using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;
using Spectre.Console;

namespace MongoPatterns.Samples.Tour.Seeding;

/// <summary>
/// Seeds realistic, deterministic data: organisations, their users and projects, tasks with tags, page views and audit
/// entries. Existing Tour data is removed first, so the Tour can be run again against a real server.
/// </summary>
internal sealed class TourSeeder(
    IRepository<Organisation> organisations,
    IRepository<User> users,
    IRepository<Project> projects,
    IRepository<TaskItem> tasks,
    IRepository<PageView> pageViews,
    IRepository<AuditLogEntry> auditLog,
    IRepository<Account> accounts)
{
    public const int UsersPerOrganisation = 40;
    public const int ProjectsPerOrganisation = 3;
    public const int TasksPerProject = 40;
    public const int PageViewCount = 600;

    private static readonly string[] OrganisationNames = ["Northwind Traders", "Contoso Labs", "Fabrikam Health"];
    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Niklaus"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Hamilton", "Wirth"];
    private static readonly string[] ProjectNames = ["Website", "Mobile app", "Data platform"];
    private static readonly string[] TagPool = ["backend", "frontend", "bug", "feature", "urgent", "docs", "ops"];
    private static readonly string[] Statuses = ["todo", "in-progress", "done"];
    private static readonly string[] Paths = ["/", "/pricing", "/docs", "/blog", "/signup", "/dashboard"];

    // "/" six times, "/pricing" five times, ... "/dashboard" once: some pages are busier than others.
    private static readonly string[] WeightedPaths = Paths.SelectMany((path, rank) => Enumerable.Repeat(path, Paths.Length - rank)).ToArray();

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await ClearAsync(cancellationToken);

        // A progress bar per collection: Spectre.Console falls back to plain text when the output is redirected.
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async progress =>
            {
                var organisationTask = progress.AddTask("organisations", maxValue: OrganisationNames.Length);
                var userTask = progress.AddTask("users", maxValue: OrganisationNames.Length * UsersPerOrganisation);
                var taskTask = progress.AddTask("projects and tasks", maxValue: OrganisationNames.Length * ProjectsPerOrganisation);
                var viewTask = progress.AddTask("page views", maxValue: PageViewCount);

                for (var o = 0; o < OrganisationNames.Length; o++)
                {
                    var organisation = new Organisation { Name = OrganisationNames[o], Plan = o == 0 ? "enterprise" : "team" };
                    await organisations.InsertAsync(organisation, cancellationToken);
                    organisationTask.Increment(1);

                    // InsertManyAsync sends the documents in batches: one round trip for the whole list here.
                    var members = Enumerable.Range(0, UsersPerOrganisation).Select(i => NewUser(organisation, o, i)).ToList();
                    await users.InsertManyAsync(members, cancellationToken);
                    userTask.Increment(members.Count);

                    for (var p = 0; p < ProjectsPerOrganisation; p++)
                    {
                        var project = new Project { OrganisationId = organisation.Id, Name = $"{organisation.Name} {ProjectNames[p]}" };
                        await projects.InsertAsync(project, cancellationToken);
                        await tasks.InsertManyAsync(Enumerable.Range(0, TasksPerProject).Select(t => NewTask(project, t)), cancellationToken);
                        taskTask.Increment(1);
                    }
                }

                var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
                var views = Enumerable.Range(0, PageViewCount).Select(i => new PageView
                {
                    Path = WeightedPaths[i * 8 % WeightedPaths.Length],
                    DurationMs = 200 + (i * 37 % 1800),
                    ViewedAt = start.AddMinutes(i * 13),
                });
                await pageViews.InsertManyAsync(views, cancellationToken);
                viewTask.Increment(PageViewCount);
            });

        await auditLog.InsertAsync(new AuditLogEntry { Action = "tour.seeded", At = DateTime.UtcNow }, cancellationToken);
    }

    private static User NewUser(Organisation organisation, int organisationIndex, int index)
    {
        var first = FirstNames[index % FirstNames.Length];
        var last = LastNames[(index / FirstNames.Length + organisationIndex) % LastNames.Length];
        var domain = organisation.Name.Split(' ')[0].ToLowerInvariant();
        return new User
        {
            Name = $"{first} {last}",
            Email = $"{first}.{last}.{index}@{domain}.example".ToLowerInvariant(),
            Role = index == 0 ? "admin" : "member",
            OrganisationId = organisation.Id,
        };
    }

    private static TaskItem NewTask(Project project, int index) => new()
    {
        ProjectId = project.Id,
        Title = $"Task {index + 1} of {project.Name}",
        Status = Statuses[index % Statuses.Length],
        Priority = 1 + (index * 7 % 5),
        Tags = new[] { TagPool[index % TagPool.Length], TagPool[(index * 3 + 1) % TagPool.Length] }.Distinct().ToList(),
    };

    private async Task ClearAsync(CancellationToken cancellationToken)
    {
        await organisations.DeleteManyAsync(FilterDefinition<Organisation>.Empty, cancellationToken);
        await users.DeleteManyAsync(FilterDefinition<User>.Empty, cancellationToken);
        await projects.DeleteManyAsync(FilterDefinition<Project>.Empty, cancellationToken);
        await tasks.DeleteManyAsync(FilterDefinition<TaskItem>.Empty, cancellationToken);
        await pageViews.DeleteManyAsync(FilterDefinition<PageView>.Empty, cancellationToken);
        await auditLog.DeleteManyAsync(FilterDefinition<AuditLogEntry>.Empty, cancellationToken);
        await accounts.DeleteManyAsync(FilterDefinition<Account>.Empty, cancellationToken);
    }
}
