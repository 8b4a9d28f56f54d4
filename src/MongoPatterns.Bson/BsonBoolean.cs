namespace MongoPatterns.Bson;

/// <summary>A BSON boolean. The two instances are cached: use <see cref="True"/>, <see cref="False"/> or <see cref="Create(bool)"/>.</summary>
public sealed class BsonBoolean : BsonValue
{
    private BsonBoolean(bool value)
    {
        Value = value;
    }

    /// <summary>Gets the true value.</summary>
    public static BsonBoolean True { get; } = new(true);

    /// <summary>Gets the false value.</summary>
    public static BsonBoolean False { get; } = new(false);

    /// <summary>Gets the boolean.</summary>
    public bool Value { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Boolean;

    /// <summary>Returns the cached instance for <paramref name="value"/>.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns><see cref="True"/> or <see cref="False"/>.</returns>
    public static BsonBoolean Create(bool value) => value ? True : False;

    /// <inheritdoc/>
    public override bool ToBoolean() => Value;

    /// <summary>Returns <c>true</c> or <c>false</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ? "true" : "false";

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => Value == ((BsonBoolean)other).Value;

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Value ? 1 : 0;
}
