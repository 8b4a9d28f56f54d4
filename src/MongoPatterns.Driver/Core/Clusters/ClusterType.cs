namespace MongoPatterns.Driver.Core.Clusters;

/// <summary>The topology types of the SDAM specification.</summary>
internal enum ClusterType
{
    /// <summary>Not yet discovered.</summary>
    Unknown,

    /// <summary>One server, used directly whatever its type (standalone, or <c>directConnection=true</c>).</summary>
    Single,

    /// <summary>A replica set whose primary is not known.</summary>
    ReplicaSetNoPrimary,

    /// <summary>A replica set with a known primary.</summary>
    ReplicaSetWithPrimary,

    /// <summary>One or more mongos routers.</summary>
    Sharded,

    /// <summary>A load balancer (not supported yet).</summary>
    LoadBalanced,
}
