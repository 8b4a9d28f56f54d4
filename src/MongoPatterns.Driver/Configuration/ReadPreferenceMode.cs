namespace MongoPatterns.Driver;

/// <summary>Which members of a deployment a read may be sent to (the read preference mode of the server selection specification).</summary>
public enum ReadPreferenceMode
{
    /// <summary>Only the primary. The default.</summary>
    Primary,

    /// <summary>The primary when available, otherwise a secondary.</summary>
    PrimaryPreferred,

    /// <summary>Only secondaries.</summary>
    Secondary,

    /// <summary>A secondary when available, otherwise the primary.</summary>
    SecondaryPreferred,

    /// <summary>Any eligible member within the latency window, primary or secondary.</summary>
    Nearest,
}
