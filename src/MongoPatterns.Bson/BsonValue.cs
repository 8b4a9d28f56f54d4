using MongoPatterns.Bson.Formatting;

namespace MongoPatterns.Bson;

/// <summary>
/// A BSON value: the common base of every concrete BSON type (<see cref="BsonDocument"/>, <see cref="BsonInt32"/>, ...).
/// </summary>
/// <remarks>
/// <para>
/// Equality (<see cref="Equals(BsonValue)"/>, <c>==</c>) is strict: two values are equal when they have the same BSON type
/// and the same value (documents by their ordered elements, arrays element-wise, doubles by bit pattern except that
/// NaN equals NaN). <c>BsonInt32(1)</c> and <c>BsonDouble(1.0)</c> are therefore not equal.
/// </para>
/// <para>
/// Ordering (<see cref="CompareTo(BsonValue)"/>, <c>&lt;</c>) is MongoDB's sort order as implemented by
/// <see cref="BsonValueComparer"/>, under which numbers of different types compare by numeric value.
/// Use <see cref="BsonValueComparer.Instance"/> for MongoDB's semantic equality.
/// </para>
/// </remarks>
public abstract partial class BsonValue : IComparable<BsonValue>, IEquatable<BsonValue>
{
    private protected BsonValue()
    {
    }

    /// <summary>Gets the BSON type of this value.</summary>
    public abstract BsonType BsonType { get; }

    /// <summary>Compares two values by MongoDB's sort order (see <see cref="BsonValueComparer"/>).</summary>
    /// <param name="other">The other value; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(BsonValue? other) => BsonValueComparer.Instance.Compare(this, other);

    /// <summary>Compares with another value strictly: same BSON type and same value.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether both values have the same type and value.</returns>
    public bool Equals(BsonValue? other) =>
        other is not null && (ReferenceEquals(this, other) || (BsonType == other.BsonType && EqualsSameType(other)));

    /// <inheritdoc/>
    public sealed override bool Equals(object? obj) => Equals(obj as BsonValue);

    /// <summary>Returns a hash code consistent with the strict <see cref="Equals(BsonValue)"/>.</summary>
    /// <returns>The hash code.</returns>
    public sealed override int GetHashCode() => GetHashCodeCore();

    /// <summary>Returns a copy in which documents and arrays are copied deeply; immutable values are shared.</summary>
    /// <returns>This value if it is immutable, otherwise a deep copy.</returns>
    public virtual BsonValue DeepClone() => this;

    /// <summary>Returns a readable, relaxed-Extended-JSON-like form of the value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RelaxedJsonFormatter.Format(this);

    /// <summary>Strict equality with a value known to have the same BSON type.</summary>
    /// <param name="other">A value whose <see cref="BsonType"/> equals this one's.</param>
    /// <returns>Whether the values are equal.</returns>
    private protected abstract bool EqualsSameType(BsonValue other);

    /// <summary>The strict hash code.</summary>
    /// <returns>The hash code.</returns>
    private protected abstract int GetHashCodeCore();

    /// <summary>Compares two values strictly (see <see cref="Equals(BsonValue)"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are null or both are strictly equal.</returns>
    public static bool operator ==(BsonValue? left, BsonValue? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values strictly (see <see cref="Equals(BsonValue)"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(BsonValue? left, BsonValue? right) => !(left == right);

    /// <summary>MongoDB sort order: less than.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(BsonValue? left, BsonValue? right) => BsonValueComparer.Instance.Compare(left, right) < 0;

    /// <summary>MongoDB sort order: less than or equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(BsonValue? left, BsonValue? right) => BsonValueComparer.Instance.Compare(left, right) <= 0;

    /// <summary>MongoDB sort order: greater than.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(BsonValue? left, BsonValue? right) => BsonValueComparer.Instance.Compare(left, right) > 0;

    /// <summary>MongoDB sort order: greater than or equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(BsonValue? left, BsonValue? right) => BsonValueComparer.Instance.Compare(left, right) >= 0;
}
