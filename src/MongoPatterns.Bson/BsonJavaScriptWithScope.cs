namespace MongoPatterns.Bson;

/// <summary>The deprecated BSON JavaScript code with a scope document.</summary>
public sealed class BsonJavaScriptWithScope : BsonValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="code">The code.</param>
    /// <param name="scope">The scope document (kept by reference, not copied).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BsonJavaScriptWithScope(string code, BsonDocument scope)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(scope);
        Code = code;
        Scope = scope;
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the scope document.</summary>
    public BsonDocument Scope { get; }

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.JavaScriptWithScope;

    /// <summary>Returns a copy with a deep copy of the scope.</summary>
    /// <returns>The copy.</returns>
    public override BsonJavaScriptWithScope DeepClone() => new(Code, Scope.DeepClone());

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other)
    {
        var code = (BsonJavaScriptWithScope)other;
        return string.Equals(Code, code.Code, StringComparison.Ordinal) && Scope.Equals(code.Scope);
    }

    /// <inheritdoc/>
    private protected override int GetHashCodeCore() => HashCode.Combine(Code.GetHashCode(StringComparison.Ordinal), Scope.GetHashCode());
}
