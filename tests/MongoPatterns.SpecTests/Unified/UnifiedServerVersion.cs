using System.Globalization;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>Compares the version strings of the unified test format ("4.0.10" &gt; "4.0.9", "3.6" equals "3.6.0").</summary>
internal static class UnifiedServerVersion
{
    /// <summary>Compares two versions component by component, missing components counting as zero.</summary>
    /// <returns>A negative number, zero or a positive number.</returns>
    public static int Compare(string left, string right)
    {
        var a = Parse(left);
        var b = Parse(right);
        for (var index = 0; index < Math.Max(a.Length, b.Length); index++)
        {
            var difference = (index < a.Length ? a[index] : 0).CompareTo(index < b.Length ? b[index] : 0);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    private static int[] Parse(string version) =>
        version.Split('-')[0].Split('.').Select(part => int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
}
