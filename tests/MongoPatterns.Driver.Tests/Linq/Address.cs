using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>A nested document.</summary>
public sealed class Address
{
    public string City { get; set; } = "";

    [BsonElement("zip")]
    public string PostalCode { get; set; } = "";

    public GeoPoint? Location { get; set; }
}
