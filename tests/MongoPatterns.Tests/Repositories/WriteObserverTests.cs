using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Driver;
using MongoPatterns.Embedded;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Repositories;

public sealed class WriteObserverTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private sealed class RecordingObserver : IRepositoryWriteObserver
    {
        public ConcurrentQueue<string> Writes { get; } = new();

        public ValueTask OnWrittenAsync(string databaseName, string collectionName, CancellationToken cancellationToken)
        {
            Writes.Enqueue(databaseName + "." + collectionName);
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task EveryWrite_NotifiesAllRegisteredObservers()
    {
        var first = new RecordingObserver();
        var second = new RecordingObserver();
        var services = BuildServices(b => b.AddRepository<Counter>(), before: s => s.AddSingleton<IRepositoryWriteObserver>(first).AddSingleton<IRepositoryWriteObserver>(second));
        var counters = services.GetRequiredService<IRepository<Counter>>();

        await counters.InsertAsync(new Counter { Id = 1 });
        await counters.InsertManyAsync([new Counter { Id = 2 }, new Counter { Id = 3 }]);
        await counters.ReplaceAsync(new Counter { Id = 1, Value = 5 });
        await counters.UpdateAsync(1, u => u.Inc(x => x.Value, 1));
        await counters.UpdateManyAsync(x => x.Id > 1, Builders<Counter>.Update.Set(x => x.Value, 9));
        await counters.UpsertAsync(new Counter { Id = 4 });
        await counters.DeleteAsync(4);
        await counters.DeleteManyAsync(x => x.Id == 3);
        await counters.BulkWriteAsync([new InsertOneModel<Counter>(new Counter { Id = 5 })]);
        await counters.GetByIdAsync(1);

        Assert.Equal(9, first.Writes.Count);
        Assert.Equal(9, second.Writes.Count);
        Assert.All(first.Writes, w => Assert.Equal(DatabaseName + ".counters", w));
    }
}
