using Microsoft.Extensions.DependencyInjection;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;
using MongoPatterns.Transactions;

namespace MongoPatterns.Tests.Transactions;

public sealed class ReadmeTransferServiceTests(ReplicaSetFixture fixture) : LibraryTest(fixture), IClassFixture<ReplicaSetFixture>
{
    [Fact]
    public async Task TheReadmeTransferService_OpensAccounts_TransfersAndRefusesOverdrafts()
    {
        var services = BuildServices(b => b.AddRepository<BankAccount>().AddRepository<TransferRecord>());
        var accounts = services.GetRequiredService<IRepository<BankAccount>>();
        var transfers = services.GetRequiredService<IRepository<TransferRecord>>();
        var service = new TransferService(services.GetRequiredService<ITransactionRunner>(), services.GetRequiredService<IUnitOfWork>(), accounts, transfers);

        await service.OpenAsync(1, 100);
        await service.OpenAsync(2, 0);
        await service.TransferAsync(1, 2, 30);
        await Assert.ThrowsAsync<InsufficientFundsException>(() => service.TransferAsync(2, 1, 31));

        Assert.Equal(70, (await accounts.GetByIdAsync(1))!.Balance);
        Assert.Equal(30, (await accounts.GetByIdAsync(2))!.Balance);
        Assert.Equal(1, await transfers.CountAsync());
    }
}
