using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Migrations;

/// <summary>The current (version 2) shape: version 1 stored <c>name</c>, version 2 stores <c>fullName</c>.</summary>
public sealed class MigrationBenchmarkEntity
{
    /// <summary>Gets or sets the id.</summary>
    [BsonId]
    public ObjectId Id { get; set; }

    /// <summary>Gets or sets the full name (<c>name</c> in version 1).</summary>
    [BsonElement("fullName")]
    public string FullName { get; set; } = string.Empty;

    /// <summary>Gets or sets an amount.</summary>
    [BsonElement("amount")]
    public int Amount { get; set; }
}
