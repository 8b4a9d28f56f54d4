namespace MongoPatterns.Driver;

/// <summary>
/// The consistency and isolation a read asks for (the <c>readConcern</c> of the Read and Write Concern
/// specification). Immutable.
/// </summary>
public sealed class ReadConcern : IEquatable<ReadConcern>
{
    /// <summary>Initializes a read concern with the given level.</summary>
    /// <param name="level">
    /// The level, normally <c>local</c>, <c>majority</c>, <c>linearizable</c>, <c>available</c> or <c>snapshot</c>;
    /// other strings are passed to the server unchanged so newer levels keep working. <see langword="null"/> means
    /// the server default.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="level"/> is empty.</exception>
    public ReadConcern(string? level = null)
    {
        if (level is { Length: 0 })
        {
            throw new ArgumentException("A read concern level must not be empty; use null for the server default.", nameof(level));
        }

        Level = level;
    }

    /// <summary>Gets the read concern that sends no level, so the server default applies. The client default.</summary>
    public static ReadConcern Default { get; } = new();

    /// <summary>Gets the <c>local</c> read concern.</summary>
    public static ReadConcern Local { get; } = new("local");

    /// <summary>Gets the <c>majority</c> read concern.</summary>
    public static ReadConcern Majority { get; } = new("majority");

    /// <summary>Gets the <c>linearizable</c> read concern.</summary>
    public static ReadConcern Linearizable { get; } = new("linearizable");

    /// <summary>Gets the <c>available</c> read concern.</summary>
    public static ReadConcern Available { get; } = new("available");

    /// <summary>Gets the <c>snapshot</c> read concern.</summary>
    public static ReadConcern Snapshot { get; } = new("snapshot");

    /// <summary>Gets the level, or <see langword="null"/> for the server default.</summary>
    public string? Level { get; }

    /// <summary>Gets a value indicating whether this read concern leaves the choice to the server (no level).</summary>
    public bool IsServerDefault => Level is null;

    /// <inheritdoc />
    public bool Equals(ReadConcern? other) => other is not null && string.Equals(Level, other.Level, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReadConcern);

    /// <inheritdoc />
    public override int GetHashCode() => Level is null ? 0 : StringComparer.Ordinal.GetHashCode(Level);

    /// <summary>Returns the level, or <c>(server default)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Level ?? "(server default)";
}
