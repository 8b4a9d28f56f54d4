using System.Diagnostics.Metrics;
using MongoPatterns.Diagnostics;

namespace MongoPatterns.Transactions;

/// <summary>Transaction metrics: <c>mongopatterns.transactions</c> counts commits, aborts and retries (tag <c>outcome</c>).</summary>
internal static class TransactionTelemetry
{
    public const string ActivityName = "transaction";

    private static readonly Counter<long> Transactions = MongoPatternsTelemetry.Meter.CreateCounter<long>(
        "mongopatterns.transactions", "{transaction}", "Transaction outcomes: committed, aborted, retried.");

    private static readonly KeyValuePair<string, object?> Committed = new("outcome", "committed");
    private static readonly KeyValuePair<string, object?> Aborted = new("outcome", "aborted");
    private static readonly KeyValuePair<string, object?> Retried = new("outcome", "retried");

    public static void RecordCommit() => Transactions.Add(1, Committed);

    public static void RecordAbort() => Transactions.Add(1, Aborted);

    public static void RecordRetry() => Transactions.Add(1, Retried);
}
