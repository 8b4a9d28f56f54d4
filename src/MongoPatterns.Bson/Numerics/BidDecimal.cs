using System.Globalization;
using System.Numerics;

namespace MongoPatterns.Bson.Numerics;

/// <summary>
/// The decoded fields of a <see cref="Decimal128"/> in the IEEE 754-2008 binary integer decimal (BID) encoding, plus the
/// few exact conversions the value model and the comparer need. Independent of the public Decimal128 API on purpose:
/// it only reads <see cref="Decimal128.HighBits"/> and <see cref="Decimal128.LowBits"/>.
/// </summary>
internal readonly struct BidDecimal
{
    public const int ExponentBias = 6176;
    public const int MinExponent = -6176;
    public const int MaxExponent = 6111;

    private const ulong SignBit = 0x8000_0000_0000_0000;
    private const ulong SpecialMask = 0x7C00_0000_0000_0000;
    private const ulong NaNBits = 0x7C00_0000_0000_0000;
    private const ulong InfinityBits = 0x7800_0000_0000_0000;
    private const ulong SteeringMask = 0x6000_0000_0000_0000;
    private const ulong HighCoefficientMask = 0x0001_FFFF_FFFF_FFFF;

    private static readonly UInt128[] s_powersOfTen = CreatePowersOfTen();

    private BidDecimal(BidKind kind, bool isNegative, UInt128 coefficient, int exponent)
    {
        Kind = kind;
        IsNegative = isNegative;
        Coefficient = coefficient;
        Exponent = exponent;
    }

    public static UInt128 MaxCoefficient => s_powersOfTen[34] - 1;

    public BidKind Kind { get; }

    public bool IsNegative { get; }

    /// <summary>Gets the coefficient (0 to 10^34 - 1; non-canonical encodings decode as 0).</summary>
    public UInt128 Coefficient { get; }

    /// <summary>Gets the unbiased base-10 exponent (-6176 to 6111).</summary>
    public int Exponent { get; }

    public bool IsNaN => Kind == BidKind.NaN;

    public bool IsInfinity => Kind == BidKind.Infinity;

    public bool IsZero => Kind == BidKind.Finite && Coefficient == UInt128.Zero;

    public static UInt128 PowerOfTen(int exponent) => s_powersOfTen[exponent];

    public static BidDecimal Decode(Decimal128 value)
    {
        var high = value.HighBits;
        var negative = (high & SignBit) != 0;
        if ((high & SpecialMask) == NaNBits)
        {
            return new BidDecimal(BidKind.NaN, negative, UInt128.Zero, 0);
        }

        if ((high & SpecialMask) == InfinityBits)
        {
            return new BidDecimal(BidKind.Infinity, negative, UInt128.Zero, 0);
        }

        if ((high & SteeringMask) == SteeringMask)
        {
            // The "11" steering form implies a coefficient of at least 2^113, above the 10^34 - 1 maximum: non-canonical, so zero.
            var largeFormExponent = (int)((high >> 47) & 0x3FFF) - ExponentBias;
            return new BidDecimal(BidKind.Finite, negative, UInt128.Zero, largeFormExponent);
        }

        var exponent = (int)((high >> 49) & 0x3FFF) - ExponentBias;
        var coefficient = new UInt128(high & HighCoefficientMask, value.LowBits);
        if (coefficient > MaxCoefficient)
        {
            coefficient = UInt128.Zero;
        }

        return new BidDecimal(BidKind.Finite, negative, coefficient, exponent);
    }

    /// <summary>Encodes a finite value; the caller guarantees the coefficient and exponent are in range.</summary>
    public static Decimal128 Encode(bool negative, UInt128 coefficient, int exponent)
    {
        var high = (ulong)(coefficient >> 64) | ((ulong)(exponent + ExponentBias) << 49);
        if (negative)
        {
            high |= SignBit;
        }

        return new Decimal128(high, (ulong)coefficient);
    }

    public static Decimal128 FromInt64(long value)
    {
        var magnitude = value < 0 ? unchecked((ulong)-value) : (ulong)value;
        return Encode(value < 0, magnitude, 0);
    }

    /// <summary>Converts a double through its shortest round-trip decimal text (so 0.1 becomes exactly 0.1).</summary>
    public static Decimal128 FromDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return new Decimal128(NaNBits, 0);
        }

        if (double.IsInfinity(value))
        {
            return new Decimal128(InfinityBits | (value < 0 ? SignBit : 0), 0);
        }

        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        text = text[..length];

        var negative = text[0] == '-';
        var index = negative ? 1 : 0;
        ulong coefficient = 0;
        var fractionDigits = 0;
        var inFraction = false;
        for (; index < text.Length && text[index] != 'E'; index++)
        {
            if (text[index] == '.')
            {
                inFraction = true;
                continue;
            }

            coefficient = (coefficient * 10) + (ulong)(text[index] - '0');
            if (inFraction)
            {
                fractionDigits++;
            }
        }

        var exponent = index < text.Length ? int.Parse(text[(index + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        return Encode(negative, coefficient, exponent - fractionDigits);
    }

    /// <summary>The nearest double (correctly rounded through the runtime's IEEE-compliant parser).</summary>
    public double ToDouble()
    {
        switch (Kind)
        {
            case BidKind.NaN:
                return double.NaN;
            case BidKind.Infinity:
                return IsNegative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (Coefficient == UInt128.Zero)
        {
            return IsNegative ? -0.0 : 0.0;
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{Coefficient}E{Exponent}");
        var magnitude = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return IsNegative ? -magnitude : magnitude;
    }

    /// <summary>Truncates toward zero.</summary>
    /// <exception cref="OverflowException">NaN, infinity or outside the Int64 range.</exception>
    public long ToInt64()
    {
        if (Kind != BidKind.Finite)
        {
            throw new OverflowException($"A Decimal128 {(IsNaN ? "NaN" : "infinity")} cannot be converted to an integer.");
        }

        BigInteger magnitude = Coefficient;
        if (Exponent > 0)
        {
            magnitude *= BigInteger.Pow(10, Math.Min(Exponent, 40));
        }
        else if (Exponent < 0)
        {
            magnitude = -Exponent > 38 ? BigInteger.Zero : magnitude / (BigInteger)PowerOfTen(-Exponent);
        }

        var signed = IsNegative ? -magnitude : magnitude;
        if (signed < long.MinValue || signed > long.MaxValue)
        {
            throw new OverflowException("The Decimal128 value is outside the range of a 64-bit integer.");
        }

        return (long)signed;
    }

    private static UInt128[] CreatePowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = UInt128.One;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
