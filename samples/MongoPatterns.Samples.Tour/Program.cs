// The MongoPatterns Tour: `dotnet run --project samples/MongoPatterns.Samples.Tour`.
// It runs on an in-process embedded server unless MONGODB_URI or MongoPatterns__ConnectionString is set
// (the transaction step needs a replica set or a sharded cluster).
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MongoPatterns.Samples.Tour.Hosting;
using MongoPatterns.Samples.Tour.Model;
using MongoPatterns.Samples.Tour.Seeding;
using MongoPatterns.Samples.Tour.Steps;
using Spectre.Console;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory, // appsettings.json is copied next to the program
});

// MONGODB_URI is the variable most MongoDB tools use; it wins over appsettings.json.
if (Environment.GetEnvironmentVariable("MONGODB_URI") is { Length: > 0 } uri)
{
    builder.Configuration.AddInMemoryCollection([new("MongoPatterns:ConnectionString", uri)]);
}

builder.Services.AddEmbeddedMongoWhenNotConfigured();

// Repositories, their databases and their indexes. Indexes are created at startup when missing.
builder.Services.AddMongoPatterns(builder.Configuration.GetSection("MongoPatterns"))
    .AddDatabase("core")
    .AddDatabase("analytics")
    .AddDatabase("logs")
    .AddRepository<Organisation>(r => r.InCollection("organisations").InDatabase("core"))
    .AddRepository<User>(r => r.InCollection("users").InDatabase("core").HasIndex(x => x.Email, i => i.IsUnique()))
    .AddRepository<Project>(r => r.InCollection("projects").InDatabase("core").HasIndex(x => x.OrganisationId))
    .AddRepository<TaskItem>(r => r.InCollection("tasks").InDatabase("core").HasIndex(x => x.Tags))
    .AddRepository<PageView>(r => r.InCollection("pageViews").InDatabase("analytics").HasIndex(x => x.Path))
    .AddRepository<Account>(r => r.InCollection("accounts").InDatabase("core"))
    .AddRepository<AuditLogEntry>(r => r.InCollection("audit").InDatabase("logs"));

// The steps, in the order they run. Each lives in its own file under Steps/.
builder.Services.AddSingleton<TourSeeder>();
builder.Services.AddSingleton<ITourStep, SeedStep>();
builder.Services.AddSingleton<ITourStep, CrudStep>();
builder.Services.AddSingleton<ITourStep, DuplicateKeyStep>();
builder.Services.AddSingleton<ITourStep, PagingStep>();
builder.Services.AddSingleton<ITourStep, MoneyTransferStep>();
builder.Services.AddSingleton<ITourStep, ThreeDatabasesStep>();
builder.Services.AddSingleton<TourRunner>();

using var host = builder.Build();
try
{
    // Starting the host validates the options and ensures the indexes.
    await host.StartAsync();
    AnsiConsole.MarkupLine("[bold]MongoPatterns Tour[/]");
    await host.Services.GetRequiredService<TourRunner>().RunAsync();
    AnsiConsole.WriteLine();
    AnsiConsole.MarkupLine("[green]Tour complete.[/]");
    await host.StopAsync();
    return 0;
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    AnsiConsole.MarkupLine($"[red]The Tour failed:[/] {Markup.Escape(ex.Message)}");
    return 1;
}
