namespace MongoPatterns.Driver.Core.Servers;

/// <summary>What kind of server a <see cref="ServerDescription"/> describes (SDAM specification).</summary>
internal enum ServerType
{
    /// <summary>Not yet checked, or the last check failed.</summary>
    Unknown,

    /// <summary>A standalone mongod.</summary>
    Standalone,

    /// <summary>A mongos router.</summary>
    Mongos,

    /// <summary>A replica set member the primary lists as primary but which has not been checked yet.</summary>
    PossiblePrimary,

    /// <summary>The replica set primary.</summary>
    RSPrimary,

    /// <summary>A replica set secondary.</summary>
    RSSecondary,

    /// <summary>A replica set arbiter.</summary>
    RSArbiter,

    /// <summary>Another replica set member (hidden, starting up, recovering).</summary>
    RSOther,

    /// <summary>A member of an uninitialized replica set, or one being removed.</summary>
    RSGhost,

    /// <summary>A load balancer in front of mongos routers.</summary>
    LoadBalancer,
}
