namespace MongoPatterns.Driver;

/// <summary>Which protocol server monitors use (the <c>serverMonitoringMode</c> option of the SDAM specification).</summary>
public enum ServerMonitoringMode
{
    /// <summary>Use the streaming protocol except where it is known to work badly (e.g. some FaaS platforms). The default.</summary>
    Auto,

    /// <summary>Always use the streaming protocol when the server supports it.</summary>
    Stream,

    /// <summary>Always poll with periodic <c>hello</c> commands.</summary>
    Poll,
}
