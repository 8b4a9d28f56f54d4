namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>A projection target built through its constructor.</summary>
public sealed record CustomerSummary(string Name, int Age, string City);
