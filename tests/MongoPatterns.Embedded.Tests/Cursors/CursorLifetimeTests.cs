using MongoPatterns.Bson;
using MongoPatterns.Embedded.Cursors;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Cursors;

public class CursorLifetimeTests
{
    private static IEnumerator<CursorItem> Items(int count) =>
        Enumerable.Range(0, count).Select(i => CursorItem.FromDocument(new BsonDocument("i", i))).GetEnumerator();

    [Fact]
    public void IdleCursor_IsClosedAfterTheTimeout()
    {
        var clock = new FakeTimeProvider();
        using var registry = new CursorRegistry(clock, TimeSpan.FromMinutes(10));
        var cursor = new ServerCursor(registry.NewId(), "db", "c", Items(10), 0, clock.GetUtcNow());
        registry.Add(cursor);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull(registry.Find(cursor.Id));
        clock.Advance(TimeSpan.FromMinutes(4));

        Assert.Null(registry.Find(cursor.Id));
    }

    [Fact]
    public void NoTimeoutCursor_Survives()
    {
        var clock = new FakeTimeProvider();
        using var registry = new CursorRegistry(clock, TimeSpan.FromMinutes(1));
        var cursor = new ServerCursor(registry.NewId(), "db", "c", Items(10), 0, clock.GetUtcNow()) { NoTimeout = true };
        registry.Add(cursor);

        clock.Advance(TimeSpan.FromHours(1));

        Assert.NotNull(registry.Find(cursor.Id));
    }

    [Fact]
    public void CheckOut_TwiceWithoutReturn_FailsWithCursorInUse()
    {
        var clock = new FakeTimeProvider();
        using var registry = new CursorRegistry(clock, TimeSpan.FromMinutes(1));
        var cursor = new ServerCursor(registry.NewId(), "db", "c", Items(10), 0, clock.GetUtcNow());
        registry.Add(cursor);

        registry.CheckOut(cursor.Id);
        var error = Assert.Throws<Errors.MongoServerException>(() => registry.CheckOut(cursor.Id));

        Assert.Equal(292, error.Code);
    }

    [Fact]
    public void NextBatch_HonoursCountByteLimitAndQueryLimit()
    {
        using var cursor = new ServerCursor(1, "db", "c", Items(100), 30, DateTimeOffset.UnixEpoch);

        var byCount = cursor.NextBatch(7, int.MaxValue);
        var byBytes = cursor.NextBatch(0, 30);
        var rest = cursor.NextBatch(0, int.MaxValue);

        Assert.Equal(7, byCount.Count);
        Assert.Equal(2, byBytes.Count);
        Assert.Equal(21, rest.Count);
        Assert.True(cursor.IsExhausted);
    }

    [Fact]
    public void NewId_IsPositive()
    {
        using var registry = new CursorRegistry(TimeProvider.System, TimeSpan.FromMinutes(1));

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(registry.NewId() > 0));
    }
}
