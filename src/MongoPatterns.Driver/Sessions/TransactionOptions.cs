namespace MongoPatterns.Driver;

/// <summary>
/// Options of a multi-document transaction (Transactions specification): the read concern its first command sends, the
/// write concern of <c>commitTransaction</c>/<c>abortTransaction</c>, the read preference (must be primary) and the
/// commit's time limit. Unset values come from the session's <see cref="ClientSessionOptions.DefaultTransactionOptions"/>,
/// then from the client settings.
/// </summary>
public sealed record TransactionOptions
{
    /// <summary>Gets the read concern of the transaction (<c>snapshot</c>, <c>majority</c> or <c>local</c>), or null to inherit.</summary>
    public ReadConcern? ReadConcern { get; init; }

    /// <summary>Gets the write concern of the commit, or null to inherit. It must be acknowledged.</summary>
    public WriteConcern? WriteConcern { get; init; }

    /// <summary>Gets the read preference of reads in the transaction, or null to inherit (transactions read from the primary).</summary>
    public ReadPreference? ReadPreference { get; init; }

    /// <summary>Gets the time limit of <c>commitTransaction</c> (<c>maxTimeMS</c>), or null for none.</summary>
    public TimeSpan? MaxCommitTime { get; init; }

    /// <summary>Returns these options with unset values taken from <paramref name="defaults"/>.</summary>
    /// <param name="defaults">The fallback options, or null.</param>
    /// <returns>The merged options.</returns>
    internal TransactionOptions WithDefaults(TransactionOptions? defaults) => defaults is null
        ? this
        : new TransactionOptions
        {
            ReadConcern = ReadConcern ?? defaults.ReadConcern,
            WriteConcern = WriteConcern ?? defaults.WriteConcern,
            ReadPreference = ReadPreference ?? defaults.ReadPreference,
            MaxCommitTime = MaxCommitTime ?? defaults.MaxCommitTime,
        };
}
