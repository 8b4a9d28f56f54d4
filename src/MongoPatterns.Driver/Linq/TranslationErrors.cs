using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;

namespace MongoPatterns.Driver.Linq;

/// <summary>Builds the exceptions raised for lambdas that cannot be translated; each names the expression at fault.</summary>
internal static class TranslationErrors
{
    /// <summary>What filter lambdas may contain, appended to every filter error.</summary>
    public const string SupportedFilters =
        "comparisons (==, !=, <, <=, >, >=, Equals, CompareTo) between a mapped member and a value computed on the client; "
        + "&&, ||, !; boolean members; HasValue; string StartsWith/EndsWith/Contains/Equals (optionally ignoring case), "
        + "string.IsNullOrEmpty/IsNullOrWhiteSpace, ToLower()/ToUpper() compared with a value; collection Contains in both "
        + "directions, Any(), Any(predicate), All(predicate), Count/Length compared with a number; dictionary ContainsKey.";

    /// <summary>What field lambdas may contain, appended to every field error.</summary>
    public const string SupportedFields =
        "chains of mapped members (x.Address.City), array items by constant index (x.Items[0], ElementAt(0), First()), "
        + "dictionary entries by constant key (x.Attributes[\"color\"]), Nullable Value, and casts.";

    /// <summary>An expression in a filter that cannot be translated.</summary>
    /// <param name="expression">The expression at fault.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <returns>The exception to throw.</returns>
    public static NotSupportedException Filter(Expression expression, string? reason = null) =>
        new(Describe(expression, "a MongoDB query", reason, SupportedFilters));

    /// <summary>An expression that should select a field but does not.</summary>
    /// <param name="expression">The expression at fault.</param>
    /// <param name="reason">Why, or <see langword="null"/>.</param>
    /// <returns>The exception to throw.</returns>
    public static NotSupportedException Field(Expression expression, string? reason = null) =>
        new(Describe(expression, "a MongoDB field path", reason, SupportedFields));

    /// <summary>Throws <see cref="Filter"/>.</summary>
    [DoesNotReturn]
    public static void ThrowFilter(Expression expression, string? reason = null) => throw Filter(expression, reason);

    private static string Describe(Expression expression, string target, string? reason, string supported) =>
        reason is null
            ? $"Expression '{expression}' cannot be translated to {target}. Supported: {supported}"
            : $"Expression '{expression}' cannot be translated to {target}: {reason}. Supported: {supported}";
}
