namespace MongoPatterns.Embedded.Updates;

/// <summary>
/// The order in which update operators process sibling fields (MongoDB 5.0+): names that are all digits compare
/// numerically ("2" before "10"), all others lexicographically by code unit.
/// </summary>
internal sealed class FieldNameComparer : IComparer<string>
{
    /// <summary>Gets the comparer.</summary>
    public static FieldNameComparer Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (IsDigits(x) && IsDigits(y))
        {
            var left = x.TrimStart('0');
            var right = y.TrimStart('0');
            if (left.Length != right.Length)
            {
                return left.Length.CompareTo(right.Length);
            }

            var order = string.CompareOrdinal(left, right);
            return order != 0 ? order : string.CompareOrdinal(x, y);
        }

        return string.CompareOrdinal(x, y);
    }

    private static bool IsDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
