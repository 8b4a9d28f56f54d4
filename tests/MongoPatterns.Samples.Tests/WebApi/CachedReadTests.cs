using System.Net;
using System.Net.Http.Json;

namespace MongoPatterns.Samples.Tests.WebApi;

/// <summary>The cached reads (<c>WithCache()</c>) never serve data older than the last write through the API.</summary>
public sealed class CachedReadTests(WebApiFactory factory) : IClassFixture<WebApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetUser_AfterPut_ReturnsTheNewData()
    {
        var id = await _client.CreateUserAsync("Frances Allen", "frances.allen@cache.example");
        var before = await (await _client.GetAsync($"/users/{id}")).ReadJsonAsync();
        var cached = await (await _client.GetAsync($"/users/{id}")).ReadJsonAsync();
        Assert.Equal("Frances Allen", before.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("Frances Allen", cached.GetProperty("data").GetProperty("name").GetString());

        var put = await _client.PutAsJsonAsync($"/users/{id}", new { name = "Frances E. Allen", email = "fran@cache.example", role = "admin" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var after = (await (await _client.GetAsync($"/users/{id}")).ReadJsonAsync()).GetProperty("data");
        Assert.Equal("Frances E. Allen", after.GetProperty("name").GetString());
        Assert.Equal("fran@cache.example", after.GetProperty("email").GetString());
        Assert.Equal("admin", after.GetProperty("role").GetString());
    }

    [Fact]
    public async Task ListUsers_AfterPut_ReturnsTheNewData()
    {
        var id = await _client.CreateUserAsync("Zygmunt Cached", "zygmunt@cache.example");
        var search = "/users?page=1&limit=10&q=zygmunt";
        var first = await (await _client.GetAsync(search)).ReadJsonAsync();
        Assert.Equal("Zygmunt Cached", first.GetProperty("data")[0].GetProperty("name").GetString());
        await _client.GetAsync(search); // now served from the cache

        (await _client.PutAsJsonAsync($"/users/{id}", new { name = "Zygmunt Renamed", email = "zygmunt@cache.example" })).EnsureSuccessStatusCode();

        var after = await (await _client.GetAsync(search)).ReadJsonAsync();
        Assert.Equal("Zygmunt Renamed", after.GetProperty("data")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetUser_AfterDelete_Returns404()
    {
        var id = await _client.CreateUserAsync("Temporary Cached", "temporary@cache.example");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/users/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/users/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/users/{id}")).StatusCode);
    }
}
