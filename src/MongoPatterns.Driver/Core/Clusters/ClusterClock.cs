using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Core.Clusters;

/// <summary>
/// The highest <c>$clusterTime</c> seen in any reply (Driver Sessions specification, "gossipping the cluster time"). It
/// is sent with every command once a server has sent one; standalone servers never do, so nothing is sent to them.
/// </summary>
internal sealed class ClusterClock
{
    private BsonDocument? _clusterTime;

    /// <summary>Gets the highest cluster time seen, or <see langword="null"/>.</summary>
    public BsonDocument? ClusterTime => Volatile.Read(ref _clusterTime);

    /// <summary>Keeps <paramref name="clusterTime"/> when it is newer than the current one.</summary>
    /// <param name="clusterTime">A <c>$clusterTime</c> document: <c>{ clusterTime: Timestamp, signature: {...} }</c>.</param>
    public void Advance(BsonDocument clusterTime)
    {
        ArgumentNullException.ThrowIfNull(clusterTime);
        if (!clusterTime.TryGetValue("clusterTime", out var timestamp) || timestamp is not BsonTimestamp newTime)
        {
            return;
        }

        while (true)
        {
            var current = Volatile.Read(ref _clusterTime);
            if (current is not null && current.TryGetValue("clusterTime", out var currentValue) && currentValue is BsonTimestamp currentTime && currentTime.Value >= newTime.Value)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _clusterTime, clusterTime, current) == current)
            {
                return;
            }
        }
    }
}
