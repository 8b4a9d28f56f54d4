using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson.Decimals;

namespace MongoPatterns.Bson;

/// <summary>
/// A 128-bit IEEE 754-2008 decimal floating-point number in the binary integer decimal (BID) encoding,
/// the BSON <c>decimal128</c> type: up to 34 significant digits and exponents from -6176 to 6111
/// (magnitudes up to 9.999999999999999999999999999999999E+6144).
/// </summary>
/// <remarks>
/// <para>
/// A value is a coefficient and an exponent, so 1.0 (10 × 10^-1) and 1.00 (100 × 10^-2) are different values
/// with the same numeric value. <see cref="Equals(Decimal128)"/>, <c>==</c> and <see cref="GetHashCode"/> are
/// bitwise: they tell representations apart, as BSON round-tripping requires. <see cref="CompareTo"/>,
/// <see cref="Compare(Decimal128, Decimal128)"/>, the ordering operators, <see cref="NumericEquals"/> and
/// <see cref="GetNumericHashCode"/> are numeric.
/// </para>
/// <para>
/// Strings are parsed and formatted as the BSON Decimal128 specification requires; parsing never rounds away
/// non-zero digits (such strings are rejected). Following that specification there are no arithmetic operators;
/// convert to <see cref="decimal"/> or <see cref="double"/> to compute.
/// </para>
/// </remarks>
public readonly struct Decimal128
    : IEquatable<Decimal128>, IComparable<Decimal128>, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Decimal128>
{
    /// <summary>Creates a value from its IEEE bits.</summary>
    /// <param name="highBits">The high 64 bits.</param>
    /// <param name="lowBits">The low 64 bits.</param>
    public Decimal128(ulong highBits, ulong lowBits)
    {
        HighBits = highBits;
        LowBits = lowBits;
    }

    /// <summary>Creates a value equal to a <see cref="decimal"/>, keeping its scale (2.50m becomes 2.50).</summary>
    /// <param name="value">The value; every <see cref="decimal"/> is represented exactly.</param>
    public Decimal128(decimal value) => this = Decimal128Conversion.FromDecimal(value);

    /// <summary>Creates an integer value with exponent 0.</summary>
    /// <param name="value">The value.</param>
    public Decimal128(int value) => this = Decimal128Conversion.FromInt64(value);

    /// <summary>Creates an integer value with exponent 0.</summary>
    /// <param name="value">The value.</param>
    public Decimal128(long value) => this = Decimal128Conversion.FromInt64(value);

    /// <summary>
    /// Creates a value from a <see cref="double"/> through its shortest round-trip string, so 0.1 becomes 0.1 and
    /// 1E+20 becomes 1E+20 (not the binary value's exact, longer expansion). NaN and infinities map to their
    /// Decimal128 counterparts and -0.0 to -0.
    /// </summary>
    /// <param name="value">The value.</param>
    public Decimal128(double value) => this = Decimal128Conversion.FromDouble(value);

    /// <summary>Gets the high 64 bits of the IEEE BID encoding.</summary>
    public ulong HighBits { get; }

    /// <summary>Gets the low 64 bits of the IEEE BID encoding.</summary>
    public ulong LowBits { get; }

    /// <summary>Gets zero (0E+0).</summary>
    public static Decimal128 Zero => new(0x3040_0000_0000_0000UL, 0UL);

    /// <summary>Gets one (1E+0).</summary>
    public static Decimal128 One => new(0x3040_0000_0000_0000UL, 1UL);

    /// <summary>Gets minus one (-1E+0).</summary>
    public static Decimal128 MinusOne => new(0xB040_0000_0000_0000UL, 1UL);

    /// <summary>Gets the canonical (positive, quiet, payload-free) NaN.</summary>
    public static Decimal128 NaN => new(Decimal128Bits.NaNBits, 0UL);

    /// <summary>Gets the negative quiet NaN (what "-NaN" parses to); it formats as "NaN" like every NaN.</summary>
    public static Decimal128 NegativeNaN => new(Decimal128Bits.NaNBits | Decimal128Bits.SignMask, 0UL);

    /// <summary>Gets positive infinity.</summary>
    public static Decimal128 PositiveInfinity => new(Decimal128Bits.InfinityBits, 0UL);

    /// <summary>Gets negative infinity.</summary>
    public static Decimal128 NegativeInfinity => new(Decimal128Bits.InfinityBits | Decimal128Bits.SignMask, 0UL);

    /// <summary>Gets the largest finite value, 9.999999999999999999999999999999999E+6144.</summary>
    public static Decimal128 MaxValue => new(0x5FFF_ED09_BEAD_87C0UL, 0x378D_8E63_FFFF_FFFFUL);

    /// <summary>Gets the smallest finite value, -9.999999999999999999999999999999999E+6144.</summary>
    public static Decimal128 MinValue => new(0xDFFF_ED09_BEAD_87C0UL, 0x378D_8E63_FFFF_FFFFUL);

    /// <summary>Gets a value indicating whether this is a NaN (quiet or signaling, of either sign, with any payload).</summary>
    public bool IsNaN => Decimal128Bits.IsNaN(HighBits);

    /// <summary>Gets a value indicating whether this is positive or negative infinity.</summary>
    public bool IsInfinity => Decimal128Bits.IsInfinity(HighBits);

    /// <summary>Gets a value indicating whether this is positive infinity.</summary>
    public bool IsPositiveInfinity => IsInfinity && !IsNegative;

    /// <summary>Gets a value indicating whether this is negative infinity.</summary>
    public bool IsNegativeInfinity => IsInfinity && IsNegative;

    /// <summary>Gets a value indicating whether this is neither NaN nor an infinity.</summary>
    public bool IsFinite => Decimal128Bits.IsFinite(HighBits);

    /// <summary>
    /// Gets a value indicating whether the sign bit is set, like <see cref="double.IsNegative(double)"/>: true for
    /// negative numbers, -0, negative infinity and negative NaNs.
    /// </summary>
    public bool IsNegative => (HighBits & Decimal128Bits.SignMask) != 0;

    /// <summary>
    /// Gets a value indicating whether this is a zero of any sign and exponent, including non-canonical encodings,
    /// which IEEE 754-2008 reads as zero.
    /// </summary>
    public bool IsZero => IsFinite && Coefficient == UInt128.Zero;

    /// <summary>Gets the coefficient of a finite value (zero for NaN, infinities and non-canonical encodings).</summary>
    internal UInt128 Coefficient => IsFinite ? Decimal128Bits.GetCoefficient(HighBits, LowBits) : UInt128.Zero;

    /// <summary>Gets the exponent of a value already known to be finite.</summary>
    internal int ExponentUnchecked => Decimal128Bits.GetExponent(HighBits);

    /// <summary>Converts a <see cref="decimal"/> exactly, keeping its scale.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Decimal128(decimal value) => Decimal128Conversion.FromDecimal(value);

    /// <summary>Converts an <see cref="int"/> exactly.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Decimal128(int value) => Decimal128Conversion.FromInt64(value);

    /// <summary>Converts a <see cref="long"/> exactly.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Decimal128(long value) => Decimal128Conversion.FromInt64(value);

    /// <summary>Converts a <see cref="double"/> through its shortest round-trip string (see <see cref="Decimal128(double)"/>).</summary>
    /// <param name="value">The value.</param>
    public static explicit operator Decimal128(double value) => Decimal128Conversion.FromDouble(value);

    /// <summary>Converts to <see cref="decimal"/>; see <see cref="ToDecimal"/>.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the <see cref="decimal"/> range.</exception>
    public static explicit operator decimal(Decimal128 value) => Decimal128Conversion.ToDecimal(value);

    /// <summary>Converts to the nearest <see cref="double"/>; see <see cref="ToDouble"/>.</summary>
    /// <param name="value">The value.</param>
    public static explicit operator double(Decimal128 value) => Decimal128Conversion.ToDouble(value);

    /// <summary>Converts to <see cref="int"/>, truncating toward zero; see <see cref="ToInt32"/>.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the <see cref="int"/> range.</exception>
    public static explicit operator int(Decimal128 value) => Decimal128Conversion.ToInt32(value);

    /// <summary>Converts to <see cref="long"/>, truncating toward zero; see <see cref="ToInt64"/>.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the <see cref="long"/> range.</exception>
    public static explicit operator long(Decimal128 value) => Decimal128Conversion.ToInt64(value);

    /// <summary>Compares two values for bitwise equality (1.0 and 1.00 differ; use <see cref="NumericEquals"/> for numbers).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(Decimal128 left, Decimal128 right) => left.Equals(right);

    /// <summary>Compares two values for bitwise inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(Decimal128 left, Decimal128 right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is numerically less than <paramref name="right"/> (NaN sorts lowest).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator <(Decimal128 left, Decimal128 right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is numerically greater than <paramref name="right"/> (NaN sorts lowest).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator >(Decimal128 left, Decimal128 right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is numerically at most <paramref name="right"/> (NaN sorts lowest).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator <=(Decimal128 left, Decimal128 right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is numerically at least <paramref name="right"/> (NaN sorts lowest).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator >=(Decimal128 left, Decimal128 right) => Compare(left, right) >= 0;

    /// <summary>Parses a Decimal128 string as the BSON Decimal128 specification defines it.</summary>
    /// <param name="s">
    /// An optional sign, then digits with an optional decimal point and an optional exponent (<c>E</c> or <c>e</c>,
    /// optional sign, digits), or <c>Infinity</c>, <c>Inf</c> or <c>NaN</c> in any case; no whitespace.
    /// </param>
    /// <returns>
    /// The value, with the string's exponent when it fits; otherwise trailing zeros are added or removed (clamping),
    /// which never changes the numeric value.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The string is not a numeric string, or storing it would need rounding that loses non-zero digits
    /// (more than 34 significant digits, magnitude above <see cref="MaxValue"/> or below 1E-6176).
    /// </exception>
    public static Decimal128 Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a Decimal128 string; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The characters to parse.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The string is invalid or not exactly representable.</exception>
    public static Decimal128 Parse(ReadOnlySpan<char> s)
    {
        var status = Decimal128Parser.Parse(s, out var result);
        if (status != Decimal128ParseStatus.Success)
        {
            Decimal128ThrowHelper.ThrowFormatException(s, status);
        }

        return result;
    }

    /// <summary>Tries to parse a Decimal128 string; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The string to parse.</param>
    /// <param name="result">The value, or default when parsing fails.</param>
    /// <returns>Whether the string is valid and exactly representable.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Decimal128 result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return Decimal128Parser.Parse(s, out result) == Decimal128ParseStatus.Success;
    }

    /// <summary>Tries to parse a Decimal128 string; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The characters to parse.</param>
    /// <param name="result">The value, or default when parsing fails.</param>
    /// <returns>Whether the string is valid and exactly representable.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Decimal128 result) =>
        Decimal128Parser.Parse(s, out result) == Decimal128ParseStatus.Success;

    /// <inheritdoc cref="Parse(string)"/>
    static Decimal128 IParsable<Decimal128>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out Decimal128)"/>
    static bool IParsable<Decimal128>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Decimal128 result) =>
        TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    static Decimal128 ISpanParsable<Decimal128>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Decimal128)"/>
    static bool ISpanParsable<Decimal128>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Decimal128 result) =>
        TryParse(s, out result);

    /// <summary>
    /// Compares two values numerically in MongoDB's total order: NaN (any NaN) equals NaN and sorts below everything,
    /// then -Infinity, the finite values (-0 equals 0, 1.0 equals 1.00), then +Infinity.
    /// </summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Negative, zero or positive as <paramref name="left"/> is less than, equal to or greater than <paramref name="right"/>.</returns>
    public static int Compare(Decimal128 left, Decimal128 right) => Decimal128Comparison.Compare(left, right);

    /// <summary>
    /// Compares a Decimal128 with a <see cref="double"/> exactly (neither side is rounded: 0.1 as Decimal128 is
    /// less than the double 0.1, whose binary value is 0.1000000000000000055511151231257827...), in the same
    /// total order as <see cref="Compare(Decimal128, Decimal128)"/> (NaN equals NaN and sorts lowest).
    /// </summary>
    /// <param name="left">The Decimal128 value.</param>
    /// <param name="right">The double value.</param>
    /// <returns>Negative, zero or positive as <paramref name="left"/> is less than, equal to or greater than <paramref name="right"/>.</returns>
    public static int Compare(Decimal128 left, double right) => Decimal128Comparison.Compare(left, right);

    /// <summary>
    /// Compares a Decimal128 with a <see cref="long"/> exactly (NaN sorts below every integer, the infinities
    /// outside them).
    /// </summary>
    /// <param name="left">The Decimal128 value.</param>
    /// <param name="right">The integer value.</param>
    /// <returns>Negative, zero or positive as <paramref name="left"/> is less than, equal to or greater than <paramref name="right"/>.</returns>
    public static int Compare(Decimal128 left, long right) => Decimal128Comparison.Compare(left, right);

    /// <summary>
    /// Whether two values are numerically equal: <see cref="Compare(Decimal128, Decimal128)"/> returns 0 (1.0 equals
    /// 1.00, -0 equals 0E+3, and NaN equals NaN as in MongoDB queries).
    /// </summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values are numerically equal.</returns>
    public static bool NumericEquals(Decimal128 left, Decimal128 right) => Decimal128Comparison.Compare(left, right) == 0;

    /// <summary>Returns the value with its sign bit flipped (also for zeros, infinities and NaNs).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The negated value, with the same coefficient and exponent.</returns>
    public static Decimal128 Negate(Decimal128 value) => new(value.HighBits ^ Decimal128Bits.SignMask, value.LowBits);

    /// <summary>Returns the value with its sign bit cleared (also for zeros, infinities and NaNs).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The absolute value, with the same coefficient and exponent.</returns>
    public static Decimal128 Abs(Decimal128 value) => new(value.HighBits & ~Decimal128Bits.SignMask, value.LowBits);

    /// <summary>Creates a finite value from its parts, exactly.</summary>
    /// <param name="isNegative">Whether the sign bit is set.</param>
    /// <param name="coefficient">The coefficient, at most 10^34 - 1.</param>
    /// <param name="exponent">The exponent, from -6176 to 6111.</param>
    /// <returns>The value <paramref name="coefficient"/> × 10^<paramref name="exponent"/> with that sign.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The coefficient or the exponent is out of range.</exception>
    public static Decimal128 Create(bool isNegative, UInt128 coefficient, int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(coefficient, Decimal128Bits.MaxCoefficient);
        ArgumentOutOfRangeException.ThrowIfLessThan(exponent, Decimal128Bits.MinExponent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(exponent, Decimal128Bits.MaxExponent);
        return Decimal128Bits.Encode(isNegative, coefficient, exponent);
    }

    /// <summary>Gets the exponent: the power of ten of the coefficient's last digit (e.g. -2 for 1.00).</summary>
    /// <returns>The exponent, from -6176 to 6111.</returns>
    /// <exception cref="InvalidOperationException">The value is NaN or infinite.</exception>
    public int GetExponent()
    {
        if (!IsFinite)
        {
            Decimal128ThrowHelper.ThrowNotFinite(this, nameof(GetExponent));
        }

        return ExponentUnchecked;
    }

    /// <summary>
    /// Gets the coefficient (e.g. 100 for 1.00), from 0 to 10^34 - 1; non-canonical encodings read as 0.
    /// </summary>
    /// <returns>The coefficient.</returns>
    /// <exception cref="InvalidOperationException">The value is NaN or infinite.</exception>
    public UInt128 GetCoefficient()
    {
        if (!IsFinite)
        {
            Decimal128ThrowHelper.ThrowNotFinite(this, nameof(GetCoefficient));
        }

        return Coefficient;
    }

    /// <summary>
    /// Converts to <see cref="decimal"/>. Exact when the value has at most 28 fraction digits and a coefficient
    /// below 2^96 (after removing fraction digits); otherwise rounds half to even to fit (so values below
    /// 0.5E-28 become zero). Zeros keep their sign and, up to 28, their fraction digits.
    /// </summary>
    /// <returns>The value as a <see cref="decimal"/>.</returns>
    /// <exception cref="OverflowException">The value is NaN, infinite or its magnitude exceeds <see cref="decimal.MaxValue"/>.</exception>
    public decimal ToDecimal() => Decimal128Conversion.ToDecimal(this);

    /// <summary>
    /// Converts to the nearest <see cref="double"/> (ties to even). Magnitudes beyond the double range become
    /// infinities, tiny ones zero; NaN, the infinities and the sign of zero carry over.
    /// </summary>
    /// <returns>The value as a <see cref="double"/>.</returns>
    public double ToDouble() => Decimal128Conversion.ToDouble(this);

    /// <summary>Converts to <see cref="int"/>, truncating any fraction toward zero.</summary>
    /// <returns>The integer part of the value.</returns>
    /// <exception cref="OverflowException">The value is NaN, infinite or its integer part is outside the <see cref="int"/> range.</exception>
    public int ToInt32() => Decimal128Conversion.ToInt32(this);

    /// <summary>Converts to <see cref="long"/>, truncating any fraction toward zero.</summary>
    /// <returns>The integer part of the value.</returns>
    /// <exception cref="OverflowException">The value is NaN, infinite or its integer part is outside the <see cref="long"/> range.</exception>
    public long ToInt64() => Decimal128Conversion.ToInt64(this);

    /// <summary>Compares numerically; see <see cref="Compare(Decimal128, Decimal128)"/>.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Decimal128 other) => Decimal128Comparison.Compare(this, other);

    /// <summary>Bitwise equality: the same IEEE encoding (so 1.0 and 1.00, or 0 and -0, are not equal).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Whether both values have the same bits.</returns>
    public bool Equals(Decimal128 other) => HighBits == other.HighBits && LowBits == other.LowBits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Decimal128 other && Equals(other);

    /// <summary>A hash of the bits, consistent with the bitwise <see cref="Equals(Decimal128)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(HighBits, LowBits);

    /// <summary>
    /// A hash consistent with <see cref="NumericEquals"/>: numerically equal values (1.0 and 1.00, 0 and -0E+5,
    /// any two NaNs) hash alike. The result is, in this order:
    /// <list type="number">
    /// <item>when the value is exactly a <see cref="double"/> (every NaN, infinity and zero included), that double's
    /// <see cref="double.GetHashCode()"/>;</item>
    /// <item>else, when it is an integer in the <see cref="long"/> range (such as 2^53 + 1), that long's
    /// <see cref="long.GetHashCode()"/>;</item>
    /// <item>else a hash of the sign, coefficient and exponent after removing trailing zeros (stable only within one
    /// process).</item>
    /// </list>
    /// So a hash across the numeric BSON types is consistent when Int32 and Int64 values hash as
    /// <c>((double)value).GetHashCode()</c> if the double is exact and <c>value.GetHashCode()</c> (as long) otherwise,
    /// and Double values hash as themselves.
    /// </summary>
    /// <returns>The numeric hash code.</returns>
    public int GetNumericHashCode() => Decimal128Comparison.GetNumericHashCode(this);

    /// <summary>
    /// Formats the value as the BSON Decimal128 specification requires: plain notation ("0.00123", "-12.50") when
    /// the exponent is at most 0 and the adjusted exponent at least -6, otherwise scientific notation ("1.23E+5",
    /// "0E+3", "1E-7"); "Infinity", "-Infinity", and "NaN" for every NaN.
    /// </summary>
    /// <returns>The string form, which <see cref="Parse(string)"/> turns back into the same bits (except for NaN variants).</returns>
    public override string ToString() => Decimal128Formatter.Format(this);

    /// <summary>Formats the value; see <see cref="ToString()"/>. The provider is ignored: the format is culture-invariant.</summary>
    /// <param name="format">Null, empty, "G" or "g".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The string form.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ValidateFormat(format);
        return ToString();
    }

    /// <summary>Formats the value into a character span; see <see cref="ToString()"/>.</summary>
    /// <param name="destination">The span to write to; 42 characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written (0 when the value does not fit).</param>
    /// <returns>Whether the value fit in <paramref name="destination"/>.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) =>
        Decimal128Formatter.TryFormat(this, destination, out charsWritten);

    /// <summary>Formats the value as UTF-8 (ASCII) bytes; see <see cref="ToString()"/>.</summary>
    /// <param name="utf8Destination">The span to write to; 42 bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written (0 when the value does not fit).</param>
    /// <returns>Whether the value fit in <paramref name="utf8Destination"/>.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) =>
        Decimal128Formatter.TryFormat(this, utf8Destination, out bytesWritten);

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty, "G" or "g".</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ValidateFormat(format);
        return Decimal128Formatter.TryFormat(this, destination, out charsWritten);
    }

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty, "G" or "g".</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ValidateFormat(format);
        return Decimal128Formatter.TryFormat(this, utf8Destination, out bytesWritten);
    }

    private static void ValidateFormat(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !(format.Length == 1 && format[0] is 'G' or 'g'))
        {
            throw new FormatException("Decimal128 supports only the general format (\"G\"), the one the BSON specification defines.");
        }
    }
}
