namespace MongoPatterns.Compat;

/// <summary>
/// A second mongopatterns-server, started with <c>--replSet rs0</c> (a single-member replica set, which drivers require
/// for transactions) on first use; its connection string carries <c>?replicaSet=rs0</c>. Setting
/// <c>MONGOPATTERNS_COMPAT_RS_URI</c> points the transaction suites at an already running replica set instead.
/// </summary>
public sealed class ReplicaSetServerFixture() : LazyServerFixture(ExternalUriVariable, ["--replSet", "rs0"])
{
    /// <summary>The environment variable naming an external replica set to test instead of starting one.</summary>
    public const string ExternalUriVariable = "MONGOPATTERNS_COMPAT_RS_URI";
}
