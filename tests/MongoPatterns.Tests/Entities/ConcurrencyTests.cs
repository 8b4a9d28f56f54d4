using MongoPatterns.Embedded;
using MongoPatterns.Exceptions;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Entities;

public sealed class ConcurrencyTests(EmbeddedMongoFixture fixture) : LibraryTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [Fact]
    public async Task InsertAsync_Versioned_StartsAtVersionOne_AndReplaceIncrementsIt()
    {
        var accounts = Repository<Account>();
        var account = new Account { Owner = "Ada", Balance = 10 };

        await accounts.InsertAsync(account);
        account.Balance = 20;
        await accounts.ReplaceAsync(account);
        var loaded = await accounts.GetByIdAsync(account.Id);

        Assert.Equal(2, account.Version);
        Assert.Equal(2, loaded!.Version);
        Assert.Equal(20, loaded.Balance);
    }

    [Fact]
    public async Task ReplaceAsync_StaleVersion_ThrowsConcurrencyExceptionAndChangesNothing()
    {
        var accounts = Repository<Account>();
        var account = new Account { Owner = "Ada", Balance = 10 };
        await accounts.InsertAsync(account);
        var stale = await accounts.GetByIdAsync(account.Id);
        account.Balance = 20;
        await accounts.ReplaceAsync(account);

        stale!.Balance = 999;
        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => accounts.ReplaceAsync(stale));

        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(account.Id, error.Id);
        Assert.Equal(1, stale.Version);
        var stored = await accounts.GetByIdAsync(account.Id);
        Assert.Equal(20, stored!.Balance);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task ReplaceAsync_ConcurrentStaleWriters_ExactlyOneWins()
    {
        const int Writers = 16;
        var accounts = Repository<Account>();
        var account = new Account { Owner = "Ada", Balance = 0 };
        await accounts.InsertAsync(account);
        var copies = new List<Account>();
        for (var i = 0; i < Writers; i++)
        {
            copies.Add((await accounts.GetByIdAsync(account.Id))!);
        }

        var outcomes = await Task.WhenAll(copies.Select(async (copy, i) =>
        {
            copy.Balance = i + 1;
            try
            {
                await accounts.ReplaceAsync(copy);
                return (Won: true, copy.Balance);
            }
            catch (ConcurrencyException)
            {
                return (Won: false, copy.Balance);
            }
        }));

        var winner = Assert.Single(outcomes, o => o.Won);
        var stored = await accounts.GetByIdAsync(account.Id);
        Assert.Equal(winner.Balance, stored!.Balance);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task UpdateAsync_Versioned_IncrementsTheVersion()
    {
        var accounts = Repository<Account>();
        var account = new Account { Owner = "Ada" };
        await accounts.InsertAsync(account);

        await accounts.UpdateAsync(account.Id, u => u.Inc(x => x.Balance, 5));
        var loaded = await accounts.GetByIdAsync(account.Id);

        Assert.Equal(2, loaded!.Version);
        Assert.Equal(5, loaded.Balance);
    }
}
