using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace MongoPatterns.Driver;

/// <summary>
/// Which members of a deployment may serve a read: the mode, optional tag sets and an optional maximum staleness
/// (Server Selection and Max Staleness specifications). Immutable.
/// </summary>
public sealed class ReadPreference
{
    /// <summary>The smallest maximum staleness the Max Staleness specification allows: 90 seconds.</summary>
    public static readonly TimeSpan SmallestMaxStaleness = TimeSpan.FromSeconds(90);

    /// <summary>Initializes a read preference.</summary>
    /// <param name="mode">Which kinds of member may serve the read.</param>
    /// <param name="tagSets">
    /// Tag sets tried in order; a member matches a set when it has all of the set's tags. An empty set matches any
    /// member. <see langword="null"/> or empty means no tag filtering.
    /// </param>
    /// <param name="maxStaleness">How far behind the primary a secondary may be, at least 90 seconds; <see langword="null"/> for no limit.</param>
    /// <exception cref="ArgumentException">
    /// Tag sets or a maximum staleness are given with <see cref="ReadPreferenceMode.Primary"/>, or
    /// <paramref name="maxStaleness"/> is below 90 seconds.
    /// </exception>
    public ReadPreference(ReadPreferenceMode mode, IEnumerable<IReadOnlyDictionary<string, string>>? tagSets = null, TimeSpan? maxStaleness = null)
    {
        var sets = new List<IReadOnlyDictionary<string, string>>();
        foreach (var set in tagSets ?? [])
        {
            ArgumentNullException.ThrowIfNull(set, nameof(tagSets));
            sets.Add(new ReadOnlyDictionary<string, string>(set.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal)));
        }

        if (Validate(mode, sets, maxStaleness) is { } error)
        {
            throw new ArgumentException(error);
        }

        Mode = mode;
        TagSets = sets.AsReadOnly();
        MaxStaleness = maxStaleness;
    }

    /// <summary>Gets the read preference that reads only from the primary. The client default.</summary>
    public static ReadPreference Primary { get; } = new(ReadPreferenceMode.Primary);

    /// <summary>Gets the <c>primaryPreferred</c> read preference without tags or staleness limit.</summary>
    public static ReadPreference PrimaryPreferred { get; } = new(ReadPreferenceMode.PrimaryPreferred);

    /// <summary>Gets the <c>secondary</c> read preference without tags or staleness limit.</summary>
    public static ReadPreference Secondary { get; } = new(ReadPreferenceMode.Secondary);

    /// <summary>Gets the <c>secondaryPreferred</c> read preference without tags or staleness limit.</summary>
    public static ReadPreference SecondaryPreferred { get; } = new(ReadPreferenceMode.SecondaryPreferred);

    /// <summary>Gets the <c>nearest</c> read preference without tags or staleness limit.</summary>
    public static ReadPreference Nearest { get; } = new(ReadPreferenceMode.Nearest);

    /// <summary>Gets the mode.</summary>
    public ReadPreferenceMode Mode { get; }

    /// <summary>Gets the tag sets, in the order they are tried. Empty when there is no tag filtering.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TagSets { get; }

    /// <summary>Gets the maximum staleness, or <see langword="null"/> for no limit.</summary>
    public TimeSpan? MaxStaleness { get; }

    /// <summary>Returns the mode as written in a connection string (e.g. <c>primaryPreferred</c>) with tags and staleness.</summary>
    /// <returns>A short description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(ModeName(Mode));
        foreach (var set in TagSets)
        {
            text.Append(" tags {").AppendJoin(',', set.Select(tag => tag.Key + ":" + tag.Value)).Append('}');
        }

        if (MaxStaleness is { } staleness)
        {
            text.Append(" maxStalenessSeconds ").Append(((long)staleness.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The name of a mode as written in a connection string or command, e.g. <c>secondaryPreferred</c>.</summary>
    internal static string ModeName(ReadPreferenceMode mode) => mode switch
    {
        ReadPreferenceMode.Primary => "primary",
        ReadPreferenceMode.PrimaryPreferred => "primaryPreferred",
        ReadPreferenceMode.Secondary => "secondary",
        ReadPreferenceMode.SecondaryPreferred => "secondaryPreferred",
        ReadPreferenceMode.Nearest => "nearest",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown read preference mode."),
    };

    /// <summary>Parses a mode name case-insensitively.</summary>
    internal static bool TryParseMode(string name, out ReadPreferenceMode mode)
    {
        foreach (var candidate in Enum.GetValues<ReadPreferenceMode>())
        {
            if (string.Equals(ModeName(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = default;
        return false;
    }

    /// <summary>Checks a combination of read preference fields; returns what is wrong, or <see langword="null"/>.</summary>
    internal static string? Validate(ReadPreferenceMode mode, IReadOnlyList<IReadOnlyDictionary<string, string>> tagSets, TimeSpan? maxStaleness)
    {
        if (!Enum.IsDefined(mode))
        {
            return $"Read preference mode {mode} is not defined.";
        }

        if (mode == ReadPreferenceMode.Primary && tagSets.Any(set => set.Count > 0))
        {
            return "Read preference tags cannot be used with mode 'primary'; choose another mode or remove readPreferenceTags.";
        }

        if (mode == ReadPreferenceMode.Primary && maxStaleness is not null)
        {
            return "A maximum staleness cannot be used with read preference mode 'primary'; choose another mode or remove maxStalenessSeconds.";
        }

        if (maxStaleness < SmallestMaxStaleness)
        {
            return "The maximum staleness must be at least 90 seconds (maxStalenessSeconds=90), or -1 for no limit.";
        }

        return null;
    }
}
