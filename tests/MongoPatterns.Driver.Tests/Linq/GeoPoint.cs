namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>A nested struct, stored as a document.</summary>
public struct GeoPoint
{
    public double Latitude { get; set; }

    public double Longitude { get; set; }
}
