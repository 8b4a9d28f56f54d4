namespace MongoPatterns.Bson;

/// <summary>BSON JavaScript code (without scope).</summary>
public sealed class BsonJavaScript : BsonValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public BsonJavaScript(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.JavaScript;

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other) => string.Equals(Code, ((BsonJavaScript)other).Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => Code.GetHashCode(StringComparison.Ordinal);
}
