// The MongoPatterns Web API sample: `dotnet run --project samples/MongoPatterns.Samples.WebApi`, then
// `curl "http://localhost:5000/users?page=1&limit=10"`. Runs on the embedded server unless a connection string is set.
using MongoPatterns.Samples.WebApi.Errors;
using MongoPatterns.Samples.WebApi.Hosting;
using MongoPatterns.Samples.WebApi.Posts;
using MongoPatterns.Samples.WebApi.Seeding;
using MongoPatterns.Samples.WebApi.Users;

var builder = WebApplication.CreateBuilder(args);

// MONGODB_URI is the variable most MongoDB tools use; it wins over appsettings.json.
if (Environment.GetEnvironmentVariable("MONGODB_URI") is { Length: > 0 } uri)
{
    builder.Configuration.AddInMemoryCollection([new("MongoPatterns:ConnectionString", uri)]);
}

builder.Services.AddEmbeddedMongoWhenNotConfigured();

// Repositories and their indexes (created at startup when missing): the unique email index backs the 409 Conflict.
builder.Services.AddMongoPatterns(builder.Configuration.GetSection("MongoPatterns"))
    .AddRepository<User>(r => r.InCollection("users").HasIndex(x => x.Email, i => i.IsUnique()).HasIndex(x => x.Name))
    .AddRepository<Post>(r => r.InCollection("posts").HasIndex(x => x.AuthorId).HasIndex(x => x.Tags));

// Errors are RFC 7807 problem details; every one carries "success": false like the success envelope's "success": true.
builder.Services.AddProblemDetails(options =>
    options.CustomizeProblemDetails = context => context.ProblemDetails.Extensions["success"] = false);
builder.Services.AddExceptionHandler<ApiExceptionHandler>();

builder.Services.AddHealthChecks().AddMongoPatterns();
builder.Services.AddOpenApi();
builder.Services.AddHostedService<DemoDataSeeder>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi(); // GET /openapi/v1.json
app.MapHealthChecks("/health");
app.MapUserEndpoints();
app.MapPostEndpoints();

await app.RunAsync();
