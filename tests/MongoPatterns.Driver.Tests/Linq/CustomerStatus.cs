namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>An enum the customer stores as a string.</summary>
public enum CustomerStatus
{
    Pending,
    Active,
    Suspended,
}
