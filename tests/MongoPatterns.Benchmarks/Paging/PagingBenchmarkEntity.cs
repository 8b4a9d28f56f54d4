using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Paging;

/// <summary>An entity of the paging data set: a dense integer id (its position in <c>_id</c> order) and a distinct creation time.</summary>
public sealed class PagingBenchmarkEntity
{
    /// <summary>The creation time of position 0; position <c>i</c> is created <c>i</c> seconds later.</summary>
    public static readonly DateTime Epoch = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Gets or sets the id (the document's position in ascending <c>_id</c> order).</summary>
    [BsonId]
    public int Id { get; set; }

    /// <summary>Gets or sets the creation time (ascending with the id, so CreatedAt desc is the reverse of the id order).</summary>
    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets a title.</summary>
    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets an amount.</summary>
    [BsonElement("amount")]
    public int Amount { get; set; }

    /// <summary>Creates the entity at a position.</summary>
    /// <param name="position">The position (and id).</param>
    /// <returns>The entity.</returns>
    public static PagingBenchmarkEntity Create(int position) => new()
    {
        Id = position,
        CreatedAt = Epoch.AddSeconds(position),
        Title = "item " + position.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Amount = position % 1_000,
    };
}
