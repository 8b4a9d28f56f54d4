using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Replication;

/// <summary>
/// The cluster time of a single-node replica set: a <see cref="BsonTimestamp"/> (seconds, increment) that advances
/// once for every new catalog version, never goes backwards, and follows the wall clock's seconds. Replies carry it as
/// <c>$clusterTime</c> and <c>operationTime</c>; causally consistent reads send it back as <c>afterClusterTime</c>.
/// </summary>
internal sealed class LogicalClock
{
    private readonly object _gate = new();
    private readonly TimeProvider _timeProvider;
    private long _lastVersion = -1;
    private BsonTimestamp _last;

    /// <summary>Creates the clock.</summary>
    /// <param name="timeProvider">The wall clock.</param>
    public LogicalClock(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _last = new BsonTimestamp(Seconds(), 0);
    }

    /// <summary>Returns the cluster time of a catalog version, ticking when the version is newer than any seen.</summary>
    /// <param name="catalogVersion">The latest published catalog version.</param>
    /// <returns>The cluster time.</returns>
    public BsonTimestamp TimeOf(long catalogVersion)
    {
        lock (_gate)
        {
            if (catalogVersion > _lastVersion)
            {
                _lastVersion = catalogVersion;
                var seconds = Seconds();
                _last = seconds > _last.Timestamp ? new BsonTimestamp(seconds, 1) : new BsonTimestamp(_last.Timestamp, _last.Increment + 1);
            }

            return _last;
        }
    }

    private uint Seconds() => (uint)Math.Clamp(_timeProvider.GetUtcNow().ToUnixTimeSeconds(), 0, uint.MaxValue);
}
