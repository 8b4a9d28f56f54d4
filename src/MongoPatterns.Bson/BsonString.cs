namespace MongoPatterns.Bson;

/// <summary>A BSON UTF-8 string.</summary>
public sealed class BsonString : BsonValue
{
    private static readonly BsonString s_empty = new(string.Empty);

    /// <summary>Creates a value.</summary>
    /// <param name="value">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public BsonString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Gets the shared empty string value.</summary>
    public static BsonString Empty => s_empty;

    /// <summary>Gets the text.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.String;

    /// <summary>Creates a value, reusing the shared instance for the empty string.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The BSON value.</returns>
    public static BsonString Create(string value) => value.Length == 0 ? s_empty : new BsonString(value);

    /// <summary>Returns the text itself (not quoted).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => string.Equals(Value, ((BsonString)other).Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Value.GetHashCode(StringComparison.Ordinal);
}
