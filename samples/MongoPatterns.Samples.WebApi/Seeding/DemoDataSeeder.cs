using MongoPatterns.Repositories;
using MongoPatterns.Samples.WebApi.Posts;
using MongoPatterns.Samples.WebApi.Users;

namespace MongoPatterns.Samples.WebApi.Seeding;

/// <summary>
/// Seeds demo users and posts at startup when the users collection is empty and <c>Seed:Enabled</c> is true, so
/// <c>curl http://localhost:5000/users</c> has something to show.
/// </summary>
/// <param name="users">The user repository.</param>
/// <param name="posts">The post repository.</param>
/// <param name="configuration">The configuration (reads <c>Seed:Enabled</c>).</param>
public sealed class DemoDataSeeder(IRepository<User> users, IRepository<Post> posts, IConfiguration configuration) : IHostedService
{
    /// <summary>The number of seeded users.</summary>
    public const int UserCount = 25;

    /// <summary>The number of posts seeded per user.</summary>
    public const int PostsPerUser = 2;

    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov"];
    private static readonly string[] Tags = ["dotnet", "mongodb", "api", "performance"];

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:Enabled", true) || await users.CountAsync(cancellationToken) > 0)
        {
            return;
        }

        var seeded = Enumerable.Range(0, UserCount).Select(i => new User
        {
            Name = $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}",
            Email = $"{FirstNames[i % FirstNames.Length]}.{LastNames[i / FirstNames.Length % LastNames.Length]}@example.com".ToLowerInvariant(),
            Role = i == 0 ? "admin" : "member",
        }).ToList();
        await users.InsertManyAsync(seeded, cancellationToken);

        var seededPosts = seeded.SelectMany((user, i) => Enumerable.Range(1, PostsPerUser).Select(n => new Post
        {
            AuthorId = user.Id!,
            Title = $"{user.Name}'s post #{n}",
            Body = "Hello from the MongoPatterns Web API sample.",
            Tags = [Tags[(i + n) % Tags.Length]],
        }));
        await posts.InsertManyAsync(seededPosts, cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
