namespace MongoPatterns.Driver;

/// <summary>Overrides for one database handle; unset values are inherited from the client.</summary>
public sealed record MongoDatabaseSettings
{
    /// <summary>Gets the read concern, or <see langword="null"/> to inherit.</summary>
    public ReadConcern? ReadConcern { get; init; }

    /// <summary>Gets the read preference, or <see langword="null"/> to inherit.</summary>
    public ReadPreference? ReadPreference { get; init; }

    /// <summary>Gets the write concern, or <see langword="null"/> to inherit.</summary>
    public WriteConcern? WriteConcern { get; init; }
}
