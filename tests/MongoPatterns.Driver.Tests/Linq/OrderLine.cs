namespace MongoPatterns.Driver.Tests.Linq;

/// <summary>An item of an array of documents.</summary>
public sealed class OrderLine
{
    public string Sku { get; set; } = "";

    public int Quantity { get; set; }

    public decimal Price { get; set; }

    public List<string> Labels { get; set; } = [];
}
