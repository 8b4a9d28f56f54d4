using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;
using MongoPatterns.Transactions;

namespace MongoPatterns.Tests.Transactions;

public sealed class UnitOfWorkTests(ReplicaSetFixture fixture) : LibraryTest(fixture), IClassFixture<ReplicaSetFixture>
{
    private readonly RecordingObserver _observer = new();

    private (IUnitOfWork Unit, IRepository<BankAccount> Accounts) Services()
    {
        var services = BuildServices(b => b.AddRepository<BankAccount>(), before: s => s.AddSingleton<IRepositoryWriteObserver>(_observer));
        return (services.GetRequiredService<IUnitOfWork>(), services.GetRequiredService<IRepository<BankAccount>>());
    }

    [Fact]
    public async Task Commit_MakesWritesVisible_ThenNotifiesObservers()
    {
        var (unitOfWork, accounts) = Services();

        await using (var unit = await unitOfWork.BeginAsync())
        {
            await accounts.InsertAsync(new BankAccount { Id = 1, Balance = 5 });
            await accounts.UpdateAsync(1, u => u.Inc(x => x.Balance, 5));
            Assert.Empty(_observer.Writes);
            await unit.CommitAsync();
        }

        Assert.Equal(10, (await accounts.GetByIdAsync(1))!.Balance);
        Assert.Equal([DatabaseName + ".bank_accounts"], _observer.Writes);
    }

    [Fact]
    public async Task DisposeWithoutCommit_Aborts()
    {
        var (unitOfWork, accounts) = Services();

        await using (await unitOfWork.BeginAsync())
        {
            await accounts.InsertAsync(new BankAccount { Id = 1, Balance = 5 });
        }

        Assert.Null(await accounts.GetByIdAsync(1));
        Assert.Empty(_observer.Writes);

        // The ambient context is gone: this write is not in a transaction and is notified at once.
        await accounts.InsertAsync(new BankAccount { Id = 2 });
        Assert.Single(_observer.Writes);
    }

    [Fact]
    public async Task BeginAsync_WhileATransactionIsAmbient_Throws()
    {
        var (unitOfWork, _) = Services();

        await using var unit = await unitOfWork.BeginAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await unitOfWork.BeginAsync());
    }
}
