using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Tests.Results;

/// <summary>Write results, acknowledged and not.</summary>
public sealed class ResultTests
{
    [Fact]
    public void Unacknowledged_Counts_Throw()
    {
        Assert.False(UpdateResult.Unacknowledged.IsAcknowledged);
        Assert.Throws<InvalidOperationException>(() => UpdateResult.Unacknowledged.MatchedCount);
        Assert.Throws<InvalidOperationException>(() => DeleteResult.Unacknowledged.DeletedCount);
        Assert.Throws<InvalidOperationException>(() => ReplaceOneResult.Unacknowledged.ModifiedCount);
        Assert.Throws<InvalidOperationException>(() => BulkWriteResult.Unacknowledged(3).Upserts);
        Assert.Equal(3, BulkWriteResult.Unacknowledged(3).RequestCount);
    }

    [Fact]
    public void Acknowledged_ExposesTheCounts()
    {
        var update = UpdateResult.Acknowledged(2, 1, new BsonInt32(7));
        var bulk = BulkWriteResult.Acknowledged(4, 1, 2, 1, 1, [new BulkWriteUpsert(3, 9)]);

        Assert.Equal(2, update.MatchedCount);
        Assert.Equal(7, update.UpsertedId!.AsInt32);
        Assert.Equal(1, DeleteResult.Acknowledged(1).DeletedCount);
        Assert.Equal(3, bulk.Upserts[0].Index);
        Assert.Equal(1, bulk.DeletedCount);
    }
}
