using MongoPatterns.Driver.Core.Clusters;
using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Tests.Core.Clusters;

/// <summary>Server selection by topology type and read preference (Server Selection specification).</summary>
public sealed class ServerSelectorTests
{
    private static readonly ServerDescription Primary = Server("p", ServerType.RSPrimary, 5);
    private static readonly ServerDescription NearSecondary = Server("s1", ServerType.RSSecondary, 5, ("dc", "east"));
    private static readonly ServerDescription FarSecondary = Server("s2", ServerType.RSSecondary, 100, ("dc", "west"));
    private static readonly ClusterDescription ReplicaSet = new(ClusterType.ReplicaSetWithPrimary, "rs", [Primary, NearSecondary, FarSecondary]);

    [Fact]
    public void Write_ReplicaSet_SelectsThePrimary() =>
        Assert.Equal([Primary], ServerSelector.Write.Select(ReplicaSet, TimeSpan.FromMilliseconds(15)));

    [Fact]
    public void Secondary_SelectsSecondariesWithinTheLatencyWindow() =>
        Assert.Equal([NearSecondary], ServerSelector.ForRead(ReadPreference.Secondary).Select(ReplicaSet, TimeSpan.FromMilliseconds(15)));

    [Fact]
    public void Secondary_WideLatencyWindow_SelectsBoth() =>
        Assert.Equal(2, ServerSelector.ForRead(ReadPreference.Secondary).Select(ReplicaSet, TimeSpan.FromSeconds(1)).Count);

    [Fact]
    public void Secondary_WithTagSets_TriesThemInOrder()
    {
        var preference = new ReadPreference(ReadPreferenceMode.Secondary, [new Dictionary<string, string> { ["dc"] = "north" }, new Dictionary<string, string> { ["dc"] = "west" }]);

        Assert.Equal([FarSecondary], ServerSelector.ForRead(preference).Select(ReplicaSet, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void SecondaryPreferred_WithoutSecondaries_FallsBackToThePrimary()
    {
        var onlyPrimary = ReplicaSet with { Servers = [Primary] };

        Assert.Equal([Primary], ServerSelector.ForRead(ReadPreference.SecondaryPreferred).Select(onlyPrimary, TimeSpan.FromMilliseconds(15)));
    }

    [Fact]
    public void PrimaryPreferred_WithoutPrimary_UsesASecondary()
    {
        var noPrimary = new ClusterDescription(ClusterType.ReplicaSetNoPrimary, "rs", [NearSecondary]);

        Assert.Equal([NearSecondary], ServerSelector.ForRead(ReadPreference.PrimaryPreferred).Select(noPrimary, TimeSpan.FromMilliseconds(15)));
        Assert.Empty(ServerSelector.Write.Select(noPrimary, TimeSpan.FromMilliseconds(15)));
    }

    [Fact]
    public void Single_AnyKnownServerIsSuitable()
    {
        var single = new ClusterDescription(ClusterType.Single, null, [NearSecondary]);

        Assert.Equal([NearSecondary], ServerSelector.Write.Select(single, TimeSpan.FromMilliseconds(15)));
        Assert.Empty(ServerSelector.Write.Select(single with { Servers = [new ServerDescription(NearSecondary.Address)] }, TimeSpan.FromMilliseconds(15)));
    }

    [Fact]
    public void Sharded_SelectsMongosForReadsAndWrites()
    {
        var router = Server("m", ServerType.Mongos, 1);
        var sharded = new ClusterDescription(ClusterType.Sharded, null, [router]);

        Assert.Equal([router], ServerSelector.ForRead(ReadPreference.Secondary).Select(sharded, TimeSpan.FromMilliseconds(15)));
        Assert.Equal([router], ServerSelector.Write.Select(sharded, TimeSpan.FromMilliseconds(15)));
    }

    [Fact]
    public void Unknown_NothingIsSuitable() =>
        Assert.Empty(ServerSelector.ForRead(ReadPreference.Nearest).Select(new ClusterDescription(ClusterType.Unknown, null, [Primary]), TimeSpan.FromSeconds(1)));

    private static ServerDescription Server(string host, ServerType type, int roundTripMilliseconds, params (string Key, string Value)[] tags) =>
        new(new MongoServerAddress(host, 27017))
        {
            Type = type,
            AverageRoundTripTime = TimeSpan.FromMilliseconds(roundTripMilliseconds),
            MaxWireVersion = 21,
            SetName = type is ServerType.Mongos ? null : "rs",
            Tags = tags.ToDictionary(tag => tag.Key, tag => tag.Value),
        };
}
