namespace MongoPatterns.Driver.Core.Servers;

/// <summary>
/// Keeps a server's description up to date (SDAM "monitor"). The current implementation polls with <c>hello</c>;
/// a streaming monitor (awaitable hello with <c>topologyVersion</c>) can replace it behind this interface.
/// </summary>
internal interface IServerMonitor : IAsyncDisposable
{
    /// <summary>Gets the latest description.</summary>
    ServerDescription Description { get; }

    /// <summary>Starts checking in the background.</summary>
    void Start();

    /// <summary>Asks for a check as soon as allowed (at most one every 500 ms).</summary>
    void RequestImmediateCheck();

    /// <summary>Forgets the round trip average and reconnects before the next check (after an application error).</summary>
    void Reset();
}
