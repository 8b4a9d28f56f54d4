namespace MongoPatterns.Bson;

/// <summary>The deprecated BSON symbol: a string-like name.</summary>
public sealed class BsonSymbol : BsonValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="name">The symbol text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public BsonSymbol(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>Gets the symbol text.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Symbol;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => string.Equals(Name, ((BsonSymbol)other).Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Name.GetHashCode(StringComparison.Ordinal);
}
