using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Samples.Tour.Model;

/// <summary>A bank account for the transaction step. Money is kept in cents, as a whole number.</summary>
internal sealed class Account
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    public string Owner { get; set; } = string.Empty;

    public long BalanceCents { get; set; }
}
