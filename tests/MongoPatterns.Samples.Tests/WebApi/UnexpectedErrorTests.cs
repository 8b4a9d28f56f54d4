using System.Net;

namespace MongoPatterns.Samples.Tests.WebApi;

/// <summary>What clients see when the database is down: a generic 500 and an unhealthy health check.</summary>
public sealed class UnexpectedErrorTests(UnreachableDatabaseFactory factory) : IClassFixture<UnreachableDatabaseFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListUsers_WhenTheDatabaseIsUnreachable_Returns500WithoutInternals()
    {
        var response = await _client.GetAsync("/users");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadJsonAsync();
        JsonResponses.AssertProblem(problem, 500);
        Assert.Equal("An unexpected error occurred.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WhenTheDatabaseIsUnreachable_Returns503Unhealthy()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
