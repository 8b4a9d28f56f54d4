namespace MongoPatterns.Driver.Tests.Client;

/// <summary>Database and collection names.</summary>
public sealed class NamespaceTests
{
    [Fact]
    public void CollectionNamespace_FullName_JoinsDatabaseAndCollection()
    {
        var name = new CollectionNamespace("shop", "orders.archive");

        Assert.Equal("shop.orders.archive", name.FullName);
        Assert.Equal("shop", name.DatabaseNamespace.DatabaseName);
        Assert.Equal(new CollectionNamespace("shop", "orders.archive"), name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("a$b")]
    public void DatabaseNamespace_InvalidName_Throws(string name) => Assert.ThrowsAny<ArgumentException>(() => new DatabaseNamespace(name));

    [Fact]
    public void CollectionNamespace_NameWithNul_Throws() => Assert.Throws<ArgumentException>(() => new CollectionNamespace("db", "a\0b"));
}
