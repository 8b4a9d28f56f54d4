namespace MongoPatterns.Driver.Tests.Transactions;

/// <summary>
/// Runs the ten-second transfer example on its own, after the parallel test classes, so that its load does not slow
/// down timing-sensitive tests and theirs does not starve its workers.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TransferExampleCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "Transfer example";
}
