namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>An enum the customer stores as a number (the default).</summary>
public enum CustomerLevel
{
    Bronze = 1,
    Silver = 2,
    Gold = 3,
}
