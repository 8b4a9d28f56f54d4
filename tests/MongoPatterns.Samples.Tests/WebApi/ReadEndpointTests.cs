using System.Net;
using System.Text.Json;

namespace MongoPatterns.Samples.Tests.WebApi;

/// <summary>The read endpoints over the seeded data (this class never writes, so the totals are known).</summary>
public sealed class ReadEndpointTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListUsers_FirstPage_ReturnsSeededUsersAndMetadata()
    {
        var response = await _client.GetAsync("/users?page=1&limit=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.True(json.GetProperty("success").GetBoolean());
        Assert.Equal(10, json.GetProperty("data").GetArrayLength());
        var metadata = json.GetProperty("metadata");
        Assert.Equal(25, metadata.GetProperty("total").GetInt64());
        Assert.Equal(1, metadata.GetProperty("page").GetInt32());
        Assert.Equal(10, metadata.GetProperty("limit").GetInt32());
        Assert.Equal(3, metadata.GetProperty("totalPages").GetInt32());
        Assert.True(metadata.GetProperty("hasNextPage").GetBoolean());
        Assert.False(metadata.GetProperty("hasPrevPage").GetBoolean());
    }

    [Fact]
    public async Task ListUsers_LastPage_HasPreviousButNoNextPage()
    {
        var json = await (await _client.GetAsync("/users?page=3&limit=10")).ReadJsonAsync();

        Assert.Equal(5, json.GetProperty("data").GetArrayLength());
        Assert.False(json.GetProperty("metadata").GetProperty("hasNextPage").GetBoolean());
        Assert.True(json.GetProperty("metadata").GetProperty("hasPrevPage").GetBoolean());
    }

    [Fact]
    public async Task ListUsers_WithSearch_ReturnsOnlyMatchingUsers()
    {
        var json = await (await _client.GetAsync("/users?q=LOVELACE&limit=100")).ReadJsonAsync();

        var names = json.GetProperty("data").EnumerateArray().Select(u => u.GetProperty("name").GetString()!).ToList();
        Assert.Equal(5, names.Count);
        Assert.All(names, name => Assert.EndsWith("Lovelace", name, StringComparison.Ordinal));
        Assert.Equal(5, json.GetProperty("metadata").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ListUsers_WithAfterCursor_WalksEveryUserOnceInKeysetPages()
    {
        var ids = new List<string>();
        var pages = 0;
        var next = string.Empty;
        do
        {
            var response = await _client.GetAsync($"/users?limit=10&after={Uri.EscapeDataString(next)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = await response.ReadJsonAsync();
            ids.AddRange(json.GetProperty("data").EnumerateArray().Select(u => u.GetProperty("id").GetString()!));
            var cursor = json.GetProperty("metadata").GetProperty("nextCursor");
            next = cursor.ValueKind == JsonValueKind.Null ? null : cursor.GetString();
            pages++;
        }
        while (next is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(25, ids.Distinct().Count());
    }

    [Fact]
    public async Task ListUsers_WithForgedCursor_Returns400Problem()
    {
        var response = await _client.GetAsync("/users?after=not-a-real-cursor");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonResponses.AssertProblem(await response.ReadJsonAsync(), 400);
    }

    [Theory]
    [InlineData("/users?page=0", "page")]
    [InlineData("/users?limit=500", "limit")]
    [InlineData("/posts?limit=0", "limit")]
    public async Task List_WithInvalidPaging_Returns400NamingTheParameter(string path, string field)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        JsonResponses.AssertProblem(problem, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task GetUser_ById_ReturnsTheUser()
    {
        var first = (await (await _client.GetAsync("/users?limit=1")).ReadJsonAsync()).GetProperty("data")[0];
        var id = first.GetProperty("id").GetString();

        var response = await _client.GetAsync($"/users/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.True(json.GetProperty("success").GetBoolean());
        Assert.Equal(first.GetProperty("email").GetString(), json.GetProperty("data").GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("/users/not-an-object-id")]
    [InlineData("/posts/12345")]
    [InlineData("/users/xyz/posts")]
    public async Task Get_WithMalformedId_Returns400Problem(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonResponses.AssertProblem(await response.ReadJsonAsync(), 400);
    }

    [Theory]
    [InlineData("/users/5f0000000000000000000000")]
    [InlineData("/posts/5f0000000000000000000000")]
    [InlineData("/users/5f0000000000000000000000/posts")]
    public async Task Get_WithUnknownId_Returns404Problem(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        JsonResponses.AssertProblem(await response.ReadJsonAsync(), 404);
    }

    [Fact]
    public async Task ListPosts_ReturnsSeededPostsAndFiltersByTag()
    {
        var all = await (await _client.GetAsync("/posts?limit=5")).ReadJsonAsync();
        var tagged = await (await _client.GetAsync("/posts?tag=mongodb&limit=100")).ReadJsonAsync();

        Assert.Equal(50, all.GetProperty("metadata").GetProperty("total").GetInt64());
        Assert.Equal(5, all.GetProperty("data").GetArrayLength());
        var tags = tagged.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("tags")[0].GetString()).ToList();
        Assert.NotEmpty(tags);
        Assert.All(tags, tag => Assert.Equal("mongodb", tag));
    }

    [Fact]
    public async Task ListPostsOfUser_ReturnsTheAuthorsPosts()
    {
        var post = (await (await _client.GetAsync("/posts?limit=1")).ReadJsonAsync()).GetProperty("data")[0];
        var authorId = post.GetProperty("authorId").GetString();

        var json = await (await _client.GetAsync($"/users/{authorId}/posts")).ReadJsonAsync();

        Assert.Equal(2, json.GetProperty("data").GetArrayLength());
        Assert.All(json.GetProperty("data").EnumerateArray(), p => Assert.Equal(authorId, p.GetProperty("authorId").GetString()));
    }

    [Fact]
    public async Task Health_WithReachableDatabase_IsHealthy()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheEndpoints()
    {
        var response = await _client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.ReadJsonAsync()).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/users", out _));
        Assert.True(paths.TryGetProperty("/users/{id}", out _));
        Assert.True(paths.TryGetProperty("/posts", out _));
    }
}
