namespace MongoPatterns.Embedded.Query;

/// <summary>A dotted field path (<c>a.b.0.c</c>) split once into its parts, with each part's array index precomputed.</summary>
internal sealed class FieldPath
{
    private readonly string[] _parts;
    private readonly int[] _arrayIndexes;

    /// <summary>Creates a path from its dotted form.</summary>
    /// <param name="dotted">The dotted path; empty parts are kept (MongoDB allows them in queries).</param>
    public FieldPath(string dotted)
    {
        ArgumentNullException.ThrowIfNull(dotted);
        Dotted = dotted;
        _parts = dotted.Split('.');
        _arrayIndexes = new int[_parts.Length];
        for (var i = 0; i < _parts.Length; i++)
        {
            _arrayIndexes[i] = ParseArrayIndex(_parts[i]);
        }
    }

    /// <summary>Gets the dotted form.</summary>
    public string Dotted { get; }

    /// <summary>Gets the number of parts.</summary>
    public int Length => _parts.Length;

    /// <summary>Gets the parts.</summary>
    public ReadOnlySpan<string> Parts => _parts;

    /// <summary>Gets whether any part could address an array element (a canonical non-negative integer).</summary>
    public bool HasNumericPart => Array.Exists(_arrayIndexes, static index => index >= 0);

    /// <summary>Gets a part.</summary>
    /// <param name="index">The part's position.</param>
    /// <returns>The part.</returns>
    public string Part(int index) => _parts[index];

    /// <summary>Gets the array index a part denotes, or -1 when it is not a canonical non-negative integer.</summary>
    /// <param name="index">The part's position.</param>
    /// <returns>The array index or -1.</returns>
    public int ArrayIndex(int index) => _arrayIndexes[index];

    /// <inheritdoc/>
    public override string ToString() => Dotted;

    /// <summary>
    /// Parses a path part as an array index the way MongoDB matches array field names: only canonical decimal
    /// digits ("0", "12", never "01" or "+1") that fit an <see cref="int"/>.
    /// </summary>
    /// <param name="part">The part.</param>
    /// <returns>The index, or -1.</returns>
    public static int ParseArrayIndex(string part)
    {
        if (part.Length == 0 || part.Length > 10 || (part.Length > 1 && part[0] == '0'))
        {
            return -1;
        }

        long value = 0;
        foreach (var c in part)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value > int.MaxValue ? -1 : (int)value;
    }
}
