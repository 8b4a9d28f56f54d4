using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Migrations;

/// <summary>
/// The entity of the three-version sweep: version 1 stores <c>name</c> and <c>amount</c> (whole units), version 2 renames
/// <c>name</c> to <c>fullName</c> (<see cref="SweepChainRenameName"/>), version 3 stores the amount in cents as
/// <c>amountCents</c> (<see cref="SweepChainAmountToCents"/>).
/// </summary>
public sealed class SweepChainBenchmarkEntity
{
    /// <summary>Gets or sets the id.</summary>
    [BsonId]
    public ObjectId Id { get; set; }

    /// <summary>Gets or sets the full name (version 2 on).</summary>
    [BsonElement("fullName")]
    public string FullName { get; set; } = string.Empty;

    /// <summary>Gets or sets the amount in cents (version 3 on).</summary>
    [BsonElement("amountCents")]
    public long AmountCents { get; set; }
}
