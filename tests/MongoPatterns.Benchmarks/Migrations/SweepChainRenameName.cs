using MongoPatterns.Bson;
using MongoPatterns.Migrations;

namespace MongoPatterns.Benchmarks.Migrations;

/// <summary>Version 1 to 2 of <see cref="SweepChainBenchmarkEntity"/>: <c>name</c> becomes <c>fullName</c>.</summary>
internal sealed class SweepChainRenameName : DocumentMigration<SweepChainBenchmarkEntity>
{
    /// <inheritdoc />
    public override int Version => 2;

    /// <inheritdoc />
    public override void Up(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set("fullName", document["name"]);
        document.Remove("name");
    }
}
