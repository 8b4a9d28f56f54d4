using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Embedded;
using MongoPatterns.Querying;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Querying;

public sealed class QueryExecutionInterceptorTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    private sealed class RecordingInterceptor : IQueryExecutionInterceptor
    {
        public ConcurrentQueue<(string Operation, FindQueryModel Model)> Calls { get; } = new();

        public ConcurrentQueue<GetByIdModel> ReadsById { get; } = new();

        public Task<TResult> ExecuteAsync<TState, TResult>(FindQueryModel model, string operation, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
        {
            Calls.Enqueue((operation, model));
            return execute(state, cancellationToken);
        }

        public object? TryAnswer(FindQueryModel model, string operation, Type resultType) => null;

        public object? TryAnswerGetById(in GetByIdModel model, Type resultType) => null;

        public Task<TResult> ExecuteGetByIdAsync<TState, TResult>(in GetByIdModel model, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
        {
            ReadsById.Enqueue(model);
            return execute(state, cancellationToken);
        }
    }

    [Fact]
    public async Task EveryTerminalMethod_RunsThroughTheRegisteredInterceptor()
    {
        var interceptor = new RecordingInterceptor();
        var services = BuildServices(b => b.AddRepository<Item>(), before: s => s.AddSingleton<IQueryExecutionInterceptor>(interceptor));
        var items = services.GetRequiredService<IRepository<Item>>();
        await items.InsertManyAsync(Enumerable.Range(0, 5).Select(i => new Item { Rank = i }));
        var query = items.Find(x => x.Rank > 0).SortBy(x => x.Rank);

        await query.ToListAsync();
        await query.FirstOrDefaultAsync();
        await query.Limit(1).SingleOrDefaultAsync();
        await query.AnyAsync();
        await query.CountAsync();
        await query.ToPageAsync(2, 2, MongoPatterns.Paging.PageCountMode.None);
        var keyset = await query.ToKeysetPageAsync(null, 2);
        await query.ToKeysetPageAsync(keyset.NextToken, 2);
        await query.Project(x => x.Rank).ToListAsync();

        Assert.Equal(["list", "first", "single", "any", "count", "page:2:2:None", "keyset::2", $"keyset:{keyset.NextToken}:2", "list"], interceptor.Calls.Select(c => c.Operation));
        Assert.All(interceptor.Calls, c => Assert.Equal("items", c.Model.CollectionName));
        Assert.Equal(typeof(int), interceptor.Calls.Last().Model.ResultType);
        Assert.NotNull(interceptor.Calls.Last().Model.Projection);
    }

    [Fact]
    public async Task GetByIdAsync_RunsThroughTheRegisteredInterceptor_WithTheStoredId()
    {
        var interceptor = new RecordingInterceptor();
        var services = BuildServices(b => b.AddRepository<Item>(), before: s => s.AddSingleton<IQueryExecutionInterceptor>(interceptor));
        var items = services.GetRequiredService<IRepository<Item>>();
        var item = new Item { Rank = 7 };
        await items.InsertAsync(item);

        var read = await items.GetByIdAsync(item.Id);

        Assert.Equal(7, read!.Rank);
        var model = Assert.Single(interceptor.ReadsById);
        Assert.Equal("items", model.CollectionName);
        Assert.Equal(typeof(Item), model.EntityType);
        Assert.Null(model.CachePolicy);
        Assert.Equal(MongoPatterns.Bson.BsonType.ObjectId, model.Id.BsonType);
    }

    [Fact]
    public async Task Interceptor_CanAnswerWithoutRunningTheQuery()
    {
        var services = BuildServices(b => b.AddRepository<Item>(), before: s => s.AddSingleton<IQueryExecutionInterceptor, AlwaysFortyTwo>());
        var items = services.GetRequiredService<IRepository<Item>>();

        Assert.Equal(42, await items.Find().CountAsync());
    }

    private sealed class AlwaysFortyTwo : IQueryExecutionInterceptor
    {
        public object? TryAnswer(FindQueryModel model, string operation, Type resultType) => null;

        public object? TryAnswerGetById(in GetByIdModel model, Type resultType) => null;

        public Task<TResult> ExecuteAsync<TState, TResult>(FindQueryModel model, string operation, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken) =>
            Task.FromResult((TResult)(object)42L);

        public Task<TResult> ExecuteGetByIdAsync<TState, TResult>(in GetByIdModel model, TState state, Func<TState, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken) =>
            execute(state, cancellationToken);
    }
}
