using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Transactions;

/// <summary>An embedded server running as the single member of replica set <c>rs0</c> (transactions and retryable writes).</summary>
public sealed class ReplicaSetFixture : EmbeddedMongoFixture
{
    /// <summary>Starts the server.</summary>
    public ReplicaSetFixture()
        : base(new EmbeddedMongoOptions { ReplicaSetName = "rs0" })
    {
    }
}
