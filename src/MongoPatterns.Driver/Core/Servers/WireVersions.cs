namespace MongoPatterns.Driver.Core.Servers;

/// <summary>The wire protocol versions this driver supports.</summary>
internal static class WireVersions
{
    /// <summary>The oldest supported wire version: 8, MongoDB 4.2 (OP_MSG, transactions on sharded clusters).</summary>
    public const int MinSupported = 8;

    /// <summary>The newest wire version this driver knows it can talk to (MongoDB 8.x and some headroom).</summary>
    public const int MaxSupported = 30;

    /// <summary>The first wire version with OP_MSG.</summary>
    public const int OpMsg = 6;

    /// <summary>Wire version 13, MongoDB 5.0: the first that runs <c>$out</c>/<c>$merge</c> aggregations under a read preference.</summary>
    public const int WriteStageReadPreference = 13;

    /// <summary>Returns why a server's wire version range is incompatible, or <see langword="null"/> when it is compatible.</summary>
    public static string? CheckCompatibility(MongoServerAddress address, int minWireVersion, int maxWireVersion)
    {
        if (minWireVersion > MaxSupported)
        {
            return $"Server at {address} requires wire version {minWireVersion}, but this version of MongoPatterns.Driver only supports up to {MaxSupported}. Upgrade the driver.";
        }

        if (maxWireVersion < MinSupported)
        {
            return $"Server at {address} reports wire version {maxWireVersion}, but this version of MongoPatterns.Driver requires at least {MinSupported} (MongoDB 4.2). Upgrade the server to MongoDB 4.2 or later.";
        }

        return null;
    }
}
