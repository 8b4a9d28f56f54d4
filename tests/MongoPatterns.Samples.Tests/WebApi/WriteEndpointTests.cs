using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace MongoPatterns.Samples.Tests.WebApi;

/// <summary>The write endpoints and their error mapping (own database: totals are not asserted here).</summary>
public sealed class WriteEndpointTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task CreateUser_WithValidBody_Returns201WithLocationAndTheUser()
    {
        var response = await _client.PostAsJsonAsync("/users", new { name = "Radia Perlman", email = "Radia@Example.com" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.ReadJsonAsync();
        var id = json.GetProperty("data").GetProperty("id").GetString();
        Assert.Equal($"/users/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("radia@example.com", json.GetProperty("data").GetProperty("email").GetString());
        Assert.Equal("member", json.GetProperty("data").GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/users/{id}")).StatusCode);
    }

    [Fact]
    public async Task CreateUser_WithInvalidBody_Returns400WithErrorsPerField()
    {
        var response = await _client.PostAsJsonAsync("/users", new { name = "", email = "not-an-email", role = "root" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        JsonResponses.AssertProblem(problem, 400);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("role", out _));
    }

    [Fact]
    public async Task CreateUser_WithMalformedJson_Returns400Problem()
    {
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/users", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonResponses.AssertProblem(await response.ReadJsonAsync(), 400);
    }

    [Fact]
    public async Task CreateUser_WithTakenEmail_Returns409NamingTheField()
    {
        await _client.CreateUserAsync("Barbara Liskov", "barbara.liskov@tests.example");

        var response = await _client.PostAsJsonAsync("/users", new { name = "Someone Else", email = "barbara.liskov@tests.example" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        JsonResponses.AssertProblem(problem, 409);
        Assert.Equal("email", problem.GetProperty("field").GetString());
        Assert.DoesNotContain("email_1", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateUser_WithValidBody_Returns200WithTheChanges()
    {
        var id = await _client.CreateUserAsync("Frances Allen", "frances@tests.example");

        var response = await _client.PutAsJsonAsync($"/users/{id}", new { name = "Frances E. Allen", email = "frances.allen@tests.example", role = "admin" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.ReadJsonAsync()).GetProperty("data");
        Assert.Equal("Frances E. Allen", data.GetProperty("name").GetString());
        Assert.Equal("admin", data.GetProperty("role").GetString());
    }

    [Fact]
    public async Task UpdateUser_WithErrors_MapsEachToItsStatus()
    {
        var id = await _client.CreateUserAsync("Jean Sammet", "jean@tests.example");
        await _client.CreateUserAsync("Mary Keller", "mary@tests.example");
        var valid = new { name = "Jean", email = "jean.sammet@tests.example" };

        var invalidBody = await _client.PutAsJsonAsync($"/users/{id}", new { name = "Jean", email = "" });
        var invalidId = await _client.PutAsJsonAsync("/users/nope", valid);
        var unknown = await _client.PutAsJsonAsync("/users/5f0000000000000000000000", valid);
        var duplicate = await _client.PutAsJsonAsync($"/users/{id}", new { name = "Jean", email = "mary@tests.example" });

        Assert.Equal(HttpStatusCode.BadRequest, invalidBody.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalidId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        JsonResponses.AssertProblem(await unknown.ReadJsonAsync(), 404);
        Assert.Equal("email", (await duplicate.ReadJsonAsync()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task DeleteUser_Existing_Returns204ThenTheUserIsGone()
    {
        var id = await _client.CreateUserAsync("Temporary", "temporary@tests.example");

        var deleted = await _client.DeleteAsync($"/users/{id}");
        var again = await _client.DeleteAsync($"/users/{id}");
        var get = await _client.GetAsync($"/users/{id}");
        var invalid = await _client.DeleteAsync("/users/not-an-id");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task CreatePost_ForExistingAuthor_Returns201AndIsListedForTheAuthor()
    {
        var authorId = await _client.CreateUserAsync("Hedy Lamarr", "hedy@tests.example");

        var response = await _client.PostAsJsonAsync("/posts", new { authorId, title = "Frequency hopping", body = "...", tags = new[] { "radio" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var posts = await (await _client.GetAsync($"/users/{authorId}/posts")).ReadJsonAsync();
        Assert.Equal("Frequency hopping", posts.GetProperty("data")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task CreatePost_ForUnknownAuthorOrWithoutTitle_Returns400()
    {
        var unknownAuthor = await _client.PostAsJsonAsync("/posts", new { authorId = "5f0000000000000000000000", title = "Orphan" });
        var noTitle = await _client.PostAsJsonAsync("/posts", new { authorId = "5f0000000000000000000000" });

        Assert.Equal(HttpStatusCode.BadRequest, unknownAuthor.StatusCode);
        Assert.True((await unknownAuthor.ReadJsonAsync()).GetProperty("errors").TryGetProperty("authorId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.True((await noTitle.ReadJsonAsync()).GetProperty("errors").TryGetProperty("title", out _));
    }
}
