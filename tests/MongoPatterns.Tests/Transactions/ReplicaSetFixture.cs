using MongoPatterns.Embedded;

namespace MongoPatterns.Tests.Transactions;

/// <summary>An embedded server running as the single member of replica set <c>rs0</c> (transactions need one).</summary>
public sealed class ReplicaSetFixture() : EmbeddedMongoFixture(new EmbeddedMongoOptions { ReplicaSetName = "rs0" });
