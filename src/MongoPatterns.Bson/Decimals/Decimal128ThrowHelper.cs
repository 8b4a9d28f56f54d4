using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MongoPatterns.Bson.Decimals;

/// <summary>Throw helpers kept out of the hot paths so the callers stay small and inlinable.</summary>
internal static class Decimal128ThrowHelper
{
    /// <summary>Longest part of a rejected input quoted in an error message.</summary>
    private const int MaxQuotedLength = 64;

    /// <summary>Throws the <see cref="FormatException"/> that explains why <paramref name="text"/> was rejected.</summary>
    [DoesNotReturn]
    internal static void ThrowFormatException(ReadOnlySpan<char> text, Decimal128ParseStatus status)
    {
        var quoted = text.Length > MaxQuotedLength
            ? string.Concat(text[..MaxQuotedLength], "...")
            : text.ToString();
        var reason = status switch
        {
            Decimal128ParseStatus.TooManyDigits =>
                "it has more than 34 significant digits and rounding would lose non-zero digits",
            Decimal128ParseStatus.Overflow =>
                "its magnitude is too large (the largest is 9.999999999999999999999999999999999E+6144)",
            Decimal128ParseStatus.Underflow =>
                "its magnitude is too small to store without losing non-zero digits (the smallest is 1E-6176)",
            _ =>
                "expected an optional sign, digits with an optional decimal point and an optional exponent " +
                "(e.g. \"-12.5E+3\"), or Infinity, Inf or NaN, with no whitespace",
        };
        throw new FormatException(string.Format(CultureInfo.InvariantCulture, "\"{0}\" is not a valid Decimal128: {1}.", quoted, reason));
    }

    /// <summary>Throws the <see cref="OverflowException"/> of a conversion to a narrower type.</summary>
    [DoesNotReturn]
    internal static void ThrowOverflow(Decimal128 value, Type target) =>
        throw new OverflowException(string.Format(
            CultureInfo.InvariantCulture,
            "The Decimal128 value {0} is outside the range of {1}.",
            value,
            target.FullName));

    /// <summary>Throws for operations that need a finite value.</summary>
    [DoesNotReturn]
    internal static void ThrowNotFinite(Decimal128 value, string operation) =>
        throw new InvalidOperationException(string.Format(
            CultureInfo.InvariantCulture,
            "{0} requires a finite Decimal128, but the value is {1}.",
            operation,
            value));
}
