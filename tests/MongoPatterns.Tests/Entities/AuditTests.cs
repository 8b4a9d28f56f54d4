using MongoPatterns.Embedded;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Entities;

public sealed class AuditTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task InsertAsync_SetsCreatedAtAndUpdatedAtFromTheTimeProvider()
    {
        var users = Repository<User>();
        var user = new User { Name = "Ada" };

        await users.InsertAsync(user);
        var loaded = await users.GetByIdAsync(user.Id!);

        var now = Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(now, user.CreatedAt);
        Assert.Equal(now, user.UpdatedAt);
        Assert.Equal(now, loaded!.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, loaded.CreatedAt.Kind);
    }

    [Fact]
    public async Task ReplaceAndUpdate_SetUpdatedAtAndKeepCreatedAt()
    {
        var users = Repository<User>();
        var user = new User { Name = "Ada" };
        await users.InsertAsync(user);
        var created = user.CreatedAt;

        Clock.Advance(TimeSpan.FromMinutes(5));
        user.Name = "Ada L.";
        await users.ReplaceAsync(user);
        var afterReplace = await users.GetByIdAsync(user.Id!);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await users.UpdateAsync(user.Id!, u => u.Set(x => x.Age, 40));
        var afterUpdate = await users.GetByIdAsync(user.Id!);

        Assert.Equal(created, afterReplace!.CreatedAt);
        Assert.Equal(created.AddMinutes(5), afterReplace.UpdatedAt);
        Assert.Equal(created, afterUpdate!.CreatedAt);
        Assert.Equal(created.AddMinutes(10), afterUpdate.UpdatedAt);
    }

    [Fact]
    public async Task UpsertAsync_SetsCreatedAtOnlyOnce()
    {
        var users = Repository<User>();
        var user = new User { Name = "Ada" };
        await users.UpsertAsync(user);
        var created = user.CreatedAt;

        Clock.Advance(TimeSpan.FromHours(1));
        await users.UpsertAsync(user);
        var loaded = await users.GetByIdAsync(user.Id!);

        Assert.Equal(created, loaded!.CreatedAt);
        Assert.Equal(created.AddHours(1), loaded.UpdatedAt);
    }
}
