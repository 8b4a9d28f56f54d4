using System.Globalization;
using System.Text;

namespace MongoPatterns.Driver;

/// <summary>
/// How many members must acknowledge a write, how long to wait for them and whether to wait for the journal (the
/// <c>writeConcern</c> of the Read and Write Concern specification). Immutable.
/// </summary>
public sealed class WriteConcern : IEquatable<WriteConcern>
{
    /// <summary>Initializes a write concern.</summary>
    /// <param name="w">The <c>w</c> value, or <see langword="null"/> for the server default.</param>
    /// <param name="wTimeout">How long the server waits for the acknowledgements before reporting an error; <see langword="null"/> for no limit.</param>
    /// <param name="journal">Whether to wait for the write to reach the on-disk journal; <see langword="null"/> for the server default.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="w"/> is 0 while <paramref name="journal"/> is <see langword="true"/> (an unacknowledged write
    /// cannot be journaled), or <paramref name="wTimeout"/> is negative.
    /// </exception>
    public WriteConcern(WriteConcernW? w = null, TimeSpan? wTimeout = null, bool? journal = null)
    {
        if (Validate(w, wTimeout, journal) is { } error)
        {
            throw new ArgumentException(error);
        }

        W = w;
        WTimeout = wTimeout;
        Journal = journal;
    }

    /// <summary>Gets the write concern that sends nothing, so the server default (acknowledged) applies. The client default.</summary>
    public static WriteConcern Acknowledged { get; } = new();

    /// <summary>Gets the write concern <c>{ w: 0 }</c>: the server does not acknowledge writes.</summary>
    public static WriteConcern Unacknowledged { get; } = new(WriteConcernW.Nodes(0));

    /// <summary>Gets the write concern <c>{ w: "majority" }</c>.</summary>
    public static WriteConcern WMajority { get; } = new(WriteConcernW.Majority);

    /// <summary>Gets the <c>w</c> value, or <see langword="null"/> for the server default.</summary>
    public WriteConcernW? W { get; }

    /// <summary>Gets the <c>wtimeout</c>, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? WTimeout { get; }

    /// <summary>Gets the <c>j</c> (journal) flag, or <see langword="null"/> for the server default.</summary>
    public bool? Journal { get; }

    /// <summary>Gets a value indicating whether the server acknowledges writes: anything but <c>w: 0</c>.</summary>
    public bool IsAcknowledged => W?.Count != 0 || Journal == true;

    /// <summary>Gets a value indicating whether nothing is set, so the server default applies.</summary>
    public bool IsServerDefault => W is null && WTimeout is null && Journal is null;

    /// <inheritdoc />
    public bool Equals(WriteConcern? other) =>
        other is not null && Nullable.Equals(W, other.W) && WTimeout == other.WTimeout && Journal == other.Journal;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WriteConcern);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(W, WTimeout, Journal);

    /// <summary>Returns the write concern in document form, e.g. <c>{ w: majority, wtimeout: 500, j: true }</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString()
    {
        if (IsServerDefault)
        {
            return "{ }";
        }

        var parts = new List<string>(3);
        if (W is { } w)
        {
            parts.Add("w: " + w);
        }

        if (WTimeout is { } timeout)
        {
            parts.Add("wtimeout: " + ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        }

        if (Journal is { } journal)
        {
            parts.Add(journal ? "j: true" : "j: false");
        }

        return new StringBuilder("{ ").AppendJoin(", ", parts).Append(" }").ToString();
    }

    /// <summary>Checks a combination of write concern fields; returns what is wrong, or <see langword="null"/>.</summary>
    internal static string? Validate(WriteConcernW? w, TimeSpan? wTimeout, bool? journal)
    {
        if (w?.Count == 0 && journal == true)
        {
            return "The write concern w=0 cannot be combined with journal=true: an unacknowledged write cannot wait for the journal.";
        }

        if (wTimeout < TimeSpan.Zero)
        {
            return "The write concern wtimeout must not be negative.";
        }

        return null;
    }
}
