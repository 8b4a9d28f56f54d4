using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>The document the translator tests query: every kind of member the translators must map.</summary>
public sealed class Customer
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    [BsonElement("mail")]
    public string? Email { get; set; }

    public int Age { get; set; }

    public int? Score { get; set; }

    public long Visits { get; set; }

    public double Rating { get; set; }

    public decimal Balance { get; set; }

    public char Initial { get; set; }

    public bool IsActive { get; set; }

    public bool? IsVerified { get; set; }

    [BsonRepresentation(BsonType.String)]
    public CustomerStatus Status { get; set; }

    [BsonRepresentation(BsonType.String)]
    public CustomerStatus? PreviousStatus { get; set; }

    public CustomerLevel Level { get; set; }

    public Address Address { get; set; } = new();

    public Address? BillingAddress { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<OrderLine> Lines { get; set; } = [];

    public int[] Scores { get; set; } = [];

    public List<List<int>> Matrix { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    public Guid ExternalId { get; set; }

    public ObjectId ManagerId { get; set; }

    [BsonRepresentation(BsonType.ObjectId)]
    public List<string> FriendIds { get; set; } = [];

    public Dictionary<string, string> Attributes { get; set; } = [];

    public BsonDocument? Extra { get; set; }

    public object? Anything { get; set; }

    [BsonIgnore]
    public string Ignored { get; set; } = "";

    public string Display => Name + " (" + Age + ")";
}
