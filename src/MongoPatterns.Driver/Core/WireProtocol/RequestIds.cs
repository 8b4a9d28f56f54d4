namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>Hands out process-wide unique, increasing message request ids.</summary>
internal static class RequestIds
{
    private static int s_last;

    /// <summary>Returns the next request id (wraps around after <see cref="int.MaxValue"/>, skipping 0).</summary>
    public static int Next()
    {
        var id = Interlocked.Increment(ref s_last);
        return id == 0 ? Interlocked.Increment(ref s_last) : id;
    }
}
