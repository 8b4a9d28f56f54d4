namespace MongoPatterns.Migrations;

/// <summary>How many documents one migration step touches.</summary>
/// <param name="FromVersion">The version the step starts from.</param>
/// <param name="ToVersion">The version it produces.</param>
/// <param name="Documents">The number of documents it applies to (every document stored at <paramref name="FromVersion"/> or lower).</param>
public readonly record struct MigrationStepCount(int FromVersion, int ToVersion, long Documents);
