using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Repositories;

/// <summary>A small order-like entity (six fields, about 150 bytes of BSON) read and written by both rows.</summary>
public sealed class RepositoryBenchmarkEntity
{
    /// <summary>Gets or sets the id.</summary>
    [BsonId]
    public ObjectId Id { get; set; }

    /// <summary>Gets or sets the customer name.</summary>
    public string Customer { get; set; } = string.Empty;

    /// <summary>Gets or sets the status.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>Gets or sets the number of lines.</summary>
    public int Lines { get; set; }

    /// <summary>Gets or sets the total.</summary>
    public double Total { get; set; }

    /// <summary>Gets or sets when it was placed (UTC).</summary>
    public DateTime PlacedAt { get; set; }

    /// <summary>Creates the entity at a position of the data set (deterministic contents, a new id).</summary>
    /// <param name="position">The position.</param>
    /// <returns>The entity.</returns>
    public static RepositoryBenchmarkEntity Create(int position) => new()
    {
        Id = ObjectId.GenerateNewId(),
        Customer = "customer-" + (position % 997).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Status = (position % 3) switch { 0 => "open", 1 => "paid", _ => "shipped" },
        Lines = 1 + (position % 9),
        Total = position * 1.25,
        PlacedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(position),
    };
}
