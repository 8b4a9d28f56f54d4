using System.Globalization;

namespace MongoPatterns.Driver;

/// <summary>
/// The <c>w</c> field of a write concern: either a number of members that must acknowledge a write, or a mode name
/// such as <c>majority</c> or a custom tag-set name. Converts implicitly from <see cref="int"/> and <see cref="string"/>.
/// </summary>
public readonly struct WriteConcernW : IEquatable<WriteConcernW>
{
    private const string MajorityMode = "majority";

    private readonly int _count;
    private readonly string? _mode;

    private WriteConcernW(int count, string? mode)
    {
        _count = count;
        _mode = mode;
    }

    /// <summary>Gets the <c>majority</c> mode: a majority of data-bearing voting members must acknowledge.</summary>
    public static WriteConcernW Majority { get; } = new(0, MajorityMode);

    /// <summary>Gets the number of members, or <see langword="null"/> when this is a mode.</summary>
    public int? Count => _mode is null ? _count : null;

    /// <summary>Gets the mode name (<c>majority</c> or a tag-set name), or <see langword="null"/> when this is a number.</summary>
    public string? Mode => _mode;

    /// <summary>Gets a value indicating whether this is the <c>majority</c> mode.</summary>
    public bool IsMajority => string.Equals(_mode, MajorityMode, StringComparison.Ordinal);

    /// <summary>Creates a <c>w</c> that waits for <paramref name="count"/> members; 0 means unacknowledged.</summary>
    /// <param name="count">The number of members, at least 0.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static WriteConcernW Nodes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new WriteConcernW(count, null);
    }

    /// <summary>Creates a <c>w</c> with a mode name: <c>majority</c> or a custom tag-set name defined on the replica set.</summary>
    /// <param name="mode">The mode name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is null or empty.</exception>
    public static WriteConcernW Tag(string mode)
    {
        ArgumentException.ThrowIfNullOrEmpty(mode);
        return new WriteConcernW(0, mode);
    }

    /// <summary>Converts a member count to a <c>w</c> value.</summary>
    /// <param name="count">The number of members, at least 0.</param>
    public static implicit operator WriteConcernW(int count) => Nodes(count);

    /// <summary>Converts a mode name to a <c>w</c> value.</summary>
    /// <param name="mode">The mode name.</param>
    public static implicit operator WriteConcernW(string mode) => Tag(mode);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(WriteConcernW left, WriteConcernW right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(WriteConcernW left, WriteConcernW right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WriteConcernW other) => _count == other._count && string.Equals(_mode, other._mode, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WriteConcernW other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_count, _mode is null ? 0 : StringComparer.Ordinal.GetHashCode(_mode));

    /// <summary>Returns the number or the mode name, as written in a connection string.</summary>
    /// <returns>The value as text.</returns>
    public override string ToString() => _mode ?? _count.ToString(CultureInfo.InvariantCulture);
}
