namespace MongoPatterns.Migrations;

/// <summary>The schema-version histogram of an entity's collection.</summary>
public sealed record SchemaVersionStats
{
    /// <summary>Gets the entity.</summary>
    public required Type EntityType { get; init; }

    /// <summary>Gets the version the code reads and writes.</summary>
    public required int CurrentVersion { get; init; }

    /// <summary>Gets the number of documents per stored version (documents without a version count as the missing-version default), in version order.</summary>
    public required IReadOnlyDictionary<int, long> DocumentsByVersion { get; init; }

    /// <summary>Gets the number of documents.</summary>
    public long Total => DocumentsByVersion.Values.Sum();

    /// <summary>Gets the number of documents older than <see cref="CurrentVersion"/>.</summary>
    public long Outdated => DocumentsByVersion.Where(pair => pair.Key < CurrentVersion).Sum(static pair => pair.Value);

    /// <summary>Gets the number of documents newer than <see cref="CurrentVersion"/>.</summary>
    public long Newer => DocumentsByVersion.Where(pair => pair.Key > CurrentVersion).Sum(static pair => pair.Value);
}
