using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Core.Clusters;

/// <summary>
/// Finds the servers suitable for an operation (Server Selection specification): by topology type and operation kind
/// (write, or read with a read preference, tag sets and the latency window).
/// </summary>
internal sealed class ServerSelector
{
    private ServerSelector(ReadPreference? readPreference) => ReadPreference = readPreference;

    /// <summary>Gets the selector of writes (and reads that must go to the primary, such as <c>$out</c> aggregations).</summary>
    public static ServerSelector Write { get; } = new(null);

    /// <summary>Gets the read preference, or <see langword="null"/> for writes.</summary>
    public ReadPreference? ReadPreference { get; }

    /// <summary>Creates the selector of reads with a read preference.</summary>
    public static ServerSelector ForRead(ReadPreference readPreference)
    {
        ArgumentNullException.ThrowIfNull(readPreference);
        return readPreference.Mode == ReadPreferenceMode.Primary ? PrimaryRead : new ServerSelector(readPreference);
    }

    private static ServerSelector PrimaryRead { get; } = new(ReadPreference.Primary);

    /// <summary>Returns the suitable servers within the latency window.</summary>
    /// <param name="cluster">The deployment.</param>
    /// <param name="localThreshold">The latency window size.</param>
    public IReadOnlyList<ServerDescription> Select(ClusterDescription cluster, TimeSpan localThreshold)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var suitable = cluster.Type switch
        {
            ClusterType.Single => cluster.Servers.Where(server => server.IsKnown).ToList(),
            ClusterType.Sharded or ClusterType.LoadBalanced => cluster.Servers.Where(server => server.Type is ServerType.Mongos or ServerType.LoadBalancer).ToList(),
            ClusterType.ReplicaSetNoPrimary or ClusterType.ReplicaSetWithPrimary => SelectFromReplicaSet(cluster.Servers),
            _ => [],
        };
        return WithinLatencyWindow(suitable, localThreshold);
    }

    /// <summary>Describes the selector for log messages.</summary>
    public override string ToString() => ReadPreference is null ? "writable server" : "read preference " + ReadPreference;

    private List<ServerDescription> SelectFromReplicaSet(IReadOnlyList<ServerDescription> servers)
    {
        var primary = servers.Where(server => server.Type == ServerType.RSPrimary).ToList();
        if (ReadPreference is null)
        {
            return primary;
        }

        var secondaries = MatchTags(servers.Where(server => server.Type == ServerType.RSSecondary).ToList());
        return ReadPreference.Mode switch
        {
            ReadPreferenceMode.Primary => primary,
            ReadPreferenceMode.PrimaryPreferred => primary.Count > 0 ? primary : secondaries,
            ReadPreferenceMode.Secondary => secondaries,
            ReadPreferenceMode.SecondaryPreferred => secondaries.Count > 0 ? secondaries : primary,
            _ => MatchTags(servers.Where(server => server.Type is ServerType.RSPrimary or ServerType.RSSecondary).ToList()),
        };
    }

    private List<ServerDescription> MatchTags(List<ServerDescription> servers)
    {
        var tagSets = ReadPreference?.TagSets ?? [];
        if (tagSets.Count == 0)
        {
            return servers;
        }

        foreach (var tagSet in tagSets)
        {
            var matching = servers.Where(server => tagSet.All(tag => server.Tags.TryGetValue(tag.Key, out var value) && value == tag.Value)).ToList();
            if (matching.Count > 0)
            {
                return matching;
            }
        }

        return [];
    }

    private static List<ServerDescription> WithinLatencyWindow(List<ServerDescription> servers, TimeSpan localThreshold)
    {
        if (servers.Count <= 1)
        {
            return servers;
        }

        var fastest = servers.Min(server => server.AverageRoundTripTime ?? TimeSpan.Zero);
        return servers.Where(server => (server.AverageRoundTripTime ?? TimeSpan.Zero) <= fastest + localThreshold).ToList();
    }
}
