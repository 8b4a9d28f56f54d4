using MongoPatterns.Bson;
using MongoPatterns.Driver.Core.Clusters;

namespace MongoPatterns.Driver.Tests.Core.Clusters;

/// <summary>Gossiping the highest cluster time.</summary>
public sealed class ClusterClockTests
{
    [Fact]
    public void Advance_KeepsOnlyNewerTimes()
    {
        var clock = new ClusterClock();
        var older = new BsonDocument("clusterTime", new BsonTimestamp(10, 1));
        var newer = new BsonDocument("clusterTime", new BsonTimestamp(10, 2));

        clock.Advance(newer);
        clock.Advance(older);
        clock.Advance(new BsonDocument("other", 1));

        Assert.Same(newer, clock.ClusterTime);
    }
}
