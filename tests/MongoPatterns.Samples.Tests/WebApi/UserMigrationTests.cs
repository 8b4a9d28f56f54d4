using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;

namespace MongoPatterns.Samples.Tests.WebApi;

/// <summary>
/// Users stored by version 1 of the application (<c>isAdmin</c> instead of <c>role</c>) are read as version 2 at once
/// and rewritten by the sweep that starts with the application.
/// </summary>
public sealed class UserMigrationTests : IAsyncLifetime, IDisposable
{
    private readonly WebApiFactory _factory = new();
    private readonly MongoClient _client = new(EmbeddedMongo.Shared.ConnectionString);
    private readonly ObjectId _adminId = ObjectId.GenerateNewId();
    private readonly ObjectId _memberId = ObjectId.GenerateNewId();

    private IMongoCollection<BsonDocument> Users => _client.GetDatabase(_factory.DatabaseName).GetCollection<BsonDocument>("users");

    public async Task InitializeAsync()
    {
        // Written before the application starts, as the previous release stored them: no schemaVersion, no role.
        await Users.InsertManyAsync(
        [
            new BsonDocument { { "_id", _adminId }, { "name", "Legacy Admin" }, { "email", "legacy.admin@v1.example" }, { "isAdmin", true } },
            new BsonDocument { { "_id", _memberId }, { "name", "Legacy Member" }, { "email", "legacy.member@v1.example" }, { "isAdmin", false } },
        ]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _factory.Dispose();
        _client.Dispose();
    }

    [Fact]
    public async Task GetUser_StoredAtVersion1_ReturnsTheRoleOfVersion2()
    {
        using var http = _factory.CreateClient();

        var admin = (await (await http.GetAsync($"/users/{_adminId}")).ReadJsonAsync()).GetProperty("data");
        var member = (await (await http.GetAsync($"/users/{_memberId}")).ReadJsonAsync()).GetProperty("data");

        Assert.Equal("admin", admin.GetProperty("role").GetString());
        Assert.Equal("member", member.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Startup_WithVersion1Users_SweepRewritesThemAsVersion2()
    {
        using var http = _factory.CreateClient(); // starts the application, and with it the sweep

        var stored = await WaitForVersion2Async(_adminId);

        Assert.Equal("admin", stored["role"].AsString);
        Assert.False(stored.Contains("isAdmin"));
        Assert.Equal("member", (await WaitForVersion2Async(_memberId))["role"].AsString);
    }

    private async Task<BsonDocument> WaitForVersion2Async(ObjectId id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var document = await Users.Find(Builders<BsonDocument>.Filter.Eq("_id", id)).SingleAsync();
            if (document.TryGetValue("schemaVersion", out var version) && version.ToInt32() == 2)
            {
                return document;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The startup sweep did not migrate {id} in time: {document}");
            await Task.Delay(50);
        }
    }
}
