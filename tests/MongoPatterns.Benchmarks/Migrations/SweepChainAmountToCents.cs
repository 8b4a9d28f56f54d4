using MongoPatterns.Bson;
using MongoPatterns.Migrations;

namespace MongoPatterns.Benchmarks.Migrations;

/// <summary>Version 2 to 3 of <see cref="SweepChainBenchmarkEntity"/>: <c>amount</c> (whole units) becomes <c>amountCents</c>.</summary>
internal sealed class SweepChainAmountToCents : DocumentMigration<SweepChainBenchmarkEntity>
{
    /// <inheritdoc />
    public override int Version => 3;

    /// <inheritdoc />
    public override void Up(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set("amountCents", document["amount"].ToInt64() * 100);
        document.Remove("amount");
    }
}
