using System.Net.Http.Json;
using System.Text.Json;

namespace MongoPatterns.Samples.Tests.WebApi;

/// <summary>Reads response bodies as JSON for assertions.</summary>
internal static class JsonResponses
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body);

    public static async Task<string> CreateUserAsync(this HttpClient client, string name, string email)
    {
        var response = await client.PostAsJsonAsync("/users", new { name, email });
        response.EnsureSuccessStatusCode();
        var json = await response.ReadJsonAsync();
        return json.GetProperty("data").GetProperty("id").GetString()!;
    }

    public static void AssertProblem(JsonElement problem, int status)
    {
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(problem.GetProperty("success").GetBoolean());
        Assert.True(problem.TryGetProperty("title", out _));
    }
}
