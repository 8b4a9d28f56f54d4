namespace MongoPatterns.Bson;

/// <summary>A named value: one element of a <see cref="BsonDocument"/>.</summary>
public readonly struct BsonElement : IEquatable<BsonElement>
{
    /// <summary>Creates an element.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BsonElement(string name, BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <summary>Gets the element name.</summary>
    public string Name { get; }

    /// <summary>Gets the value.</summary>
    public BsonValue Value { get; }

    /// <summary>Returns a copy whose value is deep-cloned.</summary>
    /// <returns>The copy.</returns>
    public BsonElement DeepClone() => new(Name, Value.DeepClone());

    /// <summary>Compares name (ordinal) and value (strictly).</summary>
    /// <param name="other">The other element.</param>
    /// <returns>Whether both are equal.</returns>
    public bool Equals(BsonElement other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BsonElement other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name?.GetHashCode(StringComparison.Ordinal) ?? 0, Value);

    /// <summary>Returns <c>name: value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Value}";

    /// <summary>Compares two elements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(BsonElement left, BsonElement right) => left.Equals(right);

    /// <summary>Compares two elements.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(BsonElement left, BsonElement right) => !left.Equals(right);
}
