namespace MongoPatterns.Driver.Core.ConnectionPools;

/// <summary>The CMAP options of one pool.</summary>
/// <param name="MaxPoolSize">The most connections (in use, idle or being established); 0 for no limit.</param>
/// <param name="MinPoolSize">The fewest connections the background task keeps open while the pool is ready.</param>
/// <param name="MaxConnecting">The most connections being established at once.</param>
/// <param name="MaxIdleTime">How long an idle connection is kept; zero for no limit.</param>
/// <param name="WaitQueueTimeout">How long a check-out may wait; zero for no limit (the caller's cancellation still applies).</param>
internal sealed record ConnectionPoolSettings(int MaxPoolSize, int MinPoolSize, int MaxConnecting, TimeSpan MaxIdleTime, TimeSpan WaitQueueTimeout)
{
    /// <summary>Gets how often the background task prunes idle connections and tops the pool up to <see cref="MinPoolSize"/>.</summary>
    public TimeSpan MaintenanceInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Derives the pool options from the client settings.</summary>
    /// <remarks>
    /// An unset <c>waitQueueTimeoutMS</c> (zero) falls back to <c>timeoutMS</c> when set, otherwise to
    /// <c>serverSelectionTimeoutMS</c>, so that a check-out never waits forever by default.
    /// </remarks>
    public static ConnectionPoolSettings FromClientSettings(MongoClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var waitQueueTimeout = settings.WaitQueueTimeout > TimeSpan.Zero
            ? settings.WaitQueueTimeout
            : settings.Timeout is { } timeout && timeout > TimeSpan.Zero ? timeout : settings.ServerSelectionTimeout;
        return new ConnectionPoolSettings(settings.MaxPoolSize, settings.MinPoolSize, Math.Max(1, settings.MaxConnecting), settings.MaxIdleTime, waitQueueTimeout);
    }
}
