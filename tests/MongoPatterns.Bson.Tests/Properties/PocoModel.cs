using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Bson.Tests.Properties;

/// <summary>A model with one member of every commonly mapped type, for the POCO round-trip property.</summary>
public sealed class PocoModel
{
    public enum Status
    {
        Draft,
        Active,
        Archived,
    }

    public ObjectId Id { get; set; }

    public string? Name { get; set; }

    public int Int32 { get; set; }

    public long Int64 { get; set; }

    public double Double { get; set; }

    public float Single { get; set; }

    public decimal Decimal { get; set; }

    public Decimal128 Decimal128 { get; set; }

    public bool Flag { get; set; }

    public char Letter { get; set; }

    public Guid Guid { get; set; }

    public DateTime When { get; set; }

    public DateTimeOffset? At { get; set; }

    public DateOnly Day { get; set; }

    public TimeOnly Time { get; set; }

    public TimeSpan Span { get; set; }

    public Status State { get; set; }

    [BsonRepresentation(BsonType.String)]
    public Status StateName { get; set; }

    public int? MaybeInt { get; set; }

    public ulong Unsigned { get; set; }

    public byte[]? Bytes { get; set; }

    public List<string> Tags { get; set; } = [];

    public Dictionary<string, int> Counts { get; set; } = [];

    public PocoChild? Child { get; set; }

    public List<PocoChild> Children { get; set; } = [];

    [BsonRepresentation(BsonType.ObjectId)]
    public string? Reference { get; set; }

    public object? Anything { get; set; }
}

/// <summary>A nested record created through its constructor.</summary>
/// <param name="Label">A label.</param>
/// <param name="Weight">A weight.</param>
/// <param name="Codes">Some codes.</param>
public sealed record PocoChild(string Label, double Weight, int[] Codes)
{
    /// <summary>Compares by value, including the codes.</summary>
    /// <param name="other">The other child.</param>
    /// <returns>Whether both are equal.</returns>
    public bool Equivalent(PocoChild? other) =>
        other is not null && Label == other.Label && BitConverter.DoubleToInt64Bits(Weight) == BitConverter.DoubleToInt64Bits(other.Weight) && Codes.SequenceEqual(other.Codes);
}
