using Xunit.Abstractions;

namespace MongoPatterns.Compat;

/// <summary>
/// Runs the transaction suites of the Node.js driver (<c>session.withTransaction</c>) and pymongo
/// (<c>with client.start_session() as s: s.with_transaction(cb)</c>) against a mongopatterns-server started with
/// <c>--replSet rs0</c>: commit visible, abort invisible, a conflicting write retried.
/// </summary>
[Trait("Category", "Compat")]
public sealed class TransactionCompatibilityTests(ReplicaSetServerFixture server, ITestOutputHelper output) : IClassFixture<ReplicaSetServerFixture>
{
    private const string NpmHint = "run `npm ci --prefix tests/MongoPatterns.Compat` (or `bash tests/MongoPatterns.Compat/install.sh`)";
    private static readonly TimeSpan SuiteTimeout = TimeSpan.FromMinutes(3);

    [SkippableFact]
    public async Task NodeDriverTransactions_AgainstReplicaSet_AllChecksPass()
    {
        var node = SuiteRun.RequireNodePackage("mongodb", NpmHint);
        await SuiteRun.RunAndAssertAsync(output, "node-transactions", node, ["node/transactions.mjs"], await server.GetServerUriAsync(), SuiteTimeout);
    }

    [SkippableFact]
    public async Task PymongoTransactions_AgainstReplicaSet_AllChecksPass()
    {
        await SuiteRun.RequirePymongoAsync();
        await SuiteRun.RunAndAssertAsync(output, "pymongo-transactions", CompatLayout.SystemPython, ["python/pymongo_transactions.py"], await server.GetServerUriAsync(), SuiteTimeout);
    }
}
