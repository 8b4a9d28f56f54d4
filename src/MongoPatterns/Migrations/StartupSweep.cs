namespace MongoPatterns.Migrations;

/// <summary>A sweep to run in the background once the application has started.</summary>
/// <param name="EntityType">The entity.</param>
/// <param name="RunAsync">Runs the sweep.</param>
internal sealed record StartupSweep(Type EntityType, Func<IMigrationRunner, CancellationToken, Task> RunAsync);
