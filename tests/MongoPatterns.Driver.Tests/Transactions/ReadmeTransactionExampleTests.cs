using MongoPatterns.Bson;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Transactions;

/// <summary>The "Transactions" example of the repository README, as written there.</summary>
public sealed class ReadmeTransactionExampleTests
{
    [Fact]
    public async Task TransferExample_FromTheReadme_Works()
    {
        await using var server = await EmbeddedMongo.StartAsync(new EmbeddedMongoOptions { ReplicaSetName = "rs0" });
        await using var client = new MongoClient(server.ConnectionString);   // mongodb://127.0.0.1:PORT/?replicaSet=rs0
        var accounts = client.GetDatabase("bank").GetCollection<BsonDocument>("accounts");
        var transfers = client.GetDatabase("bank").GetCollection<BsonDocument>("transfers");
        await accounts.InsertManyAsync([new BsonDocument { { "_id", "alice" }, { "balance", 100 } }, new BsonDocument { { "_id", "bob" }, { "balance", 0 } }]);

        await using var session = await client.StartSessionAsync();
        await session.WithTransactionAsync(async (s, ct) =>
        {
            var from = await accounts.Find(s, Builders<BsonDocument>.Filter.Eq("_id", "alice")).FirstAsync(ct);
            if (from["balance"].AsInt32 < 30)
            {
                throw new InvalidOperationException("insufficient funds");   // aborts; user exceptions are never retried
            }

            await accounts.UpdateOneAsync(s, Builders<BsonDocument>.Filter.Eq("_id", "alice"), Builders<BsonDocument>.Update.Inc("balance", -30), cancellationToken: ct);
            await accounts.UpdateOneAsync(s, Builders<BsonDocument>.Filter.Eq("_id", "bob"), Builders<BsonDocument>.Update.Inc("balance", 30), cancellationToken: ct);
            await transfers.InsertOneAsync(s, new BsonDocument { { "from", "alice" }, { "to", "bob" }, { "amount", 30 } }, cancellationToken: ct);
        });

        Assert.Equal(70, (await accounts.Find(Builders<BsonDocument>.Filter.Eq("_id", "alice")).FirstAsync())["balance"].AsInt32);
        Assert.Equal(30, (await accounts.Find(Builders<BsonDocument>.Filter.Eq("_id", "bob")).FirstAsync())["balance"].AsInt32);
        Assert.Equal(1, await transfers.CountDocumentsAsync(Builders<BsonDocument>.Filter.Empty));
    }
}
