using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>
/// Sums numbers the way <c>$add</c>, <c>$sum</c> and <c>$avg</c> do: integers exactly in a long (moving to double on
/// overflow), doubles with compensated summation, decimals in decimal; the result takes the widest type seen, and an
/// all-int sum that fits an int stays an int.
/// </summary>
internal struct NumericSum
{
    private NumberKind _widest;
    private long _longTotal;
    private bool _longOverflowed;
    private double _doubleSum;
    private double _doubleCompensation;
    private double _naiveDoubleSum;
    private decimal _decimalTotal;
    private bool _decimalUnrepresentable;
    private double _decimalAsDouble;

    /// <summary>Gets the number of values added.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the widest numeric kind added so far.</summary>
    public readonly NumberKind Widest => _widest;

    /// <summary>Adds a numeric value.</summary>
    /// <param name="number">The value (must be numeric).</param>
    public void Add(BsonValue number)
    {
        var kind = Numeric.KindOf(number);
        if (kind > _widest)
        {
            _widest = kind;
        }

        Count++;
        switch (kind)
        {
            case NumberKind.Int32:
            case NumberKind.Int64:
                var value = number.ToInt64();
                if (_longOverflowed)
                {
                    AddDouble(value);
                    break;
                }

                var sum = unchecked(_longTotal + value);
                if (((_longTotal ^ sum) & (value ^ sum)) < 0)
                {
                    _longOverflowed = true;
                    AddDouble(_longTotal);
                    AddDouble(value);
                    _longTotal = 0;
                }
                else
                {
                    _longTotal = sum;
                }

                break;
            case NumberKind.Double:
                AddDouble(number.ToDouble());
                break;
            default:
                _decimalAsDouble += number.ToDouble();
                if (!_decimalUnrepresentable)
                {
                    if (Numeric.TryToDecimal(number, out var dec))
                    {
                        try
                        {
                            _decimalTotal += dec;
                        }
                        catch (OverflowException)
                        {
                            _decimalUnrepresentable = true;
                        }
                    }
                    else
                    {
                        _decimalUnrepresentable = true;
                    }
                }

                break;
        }
    }

    /// <summary>Gets the sum, typed by the widest kind added (int 0 when nothing was added).</summary>
    /// <returns>The sum.</returns>
    public readonly BsonValue Result()
    {
        switch (_widest)
        {
            case NumberKind.Int32:
                return _longOverflowed ? new BsonDouble(DoubleTotal()) : Numeric.IntOrLong(_longTotal);
            case NumberKind.Int64:
                return _longOverflowed ? new BsonDouble(DoubleTotal()) : BsonInt64.Create(_longTotal);
            case NumberKind.Double:
                return new BsonDouble(DoubleTotal());
            default:
                return DecimalTotal();
        }
    }

    /// <summary>Gets the average (double, or decimal when a decimal was added); null when nothing was added.</summary>
    /// <returns>The average.</returns>
    public readonly BsonValue Average()
    {
        if (Count == 0)
        {
            return BsonNull.Value;
        }

        if (_widest == NumberKind.Decimal)
        {
            var total = DecimalTotal();
            return Numeric.Divide(total, BsonInt64.Create(Count));
        }

        return new BsonDouble(DoubleTotal() / Count);
    }

    private readonly double DoubleTotal()
    {
        var total = _doubleSum + _doubleCompensation;
        if (!double.IsFinite(total))
        {
            total = _naiveDoubleSum;
        }

        return _longOverflowed ? total : total + _longTotal;
    }

    private readonly BsonValue DecimalTotal()
    {
        if (!_decimalUnrepresentable)
        {
            try
            {
                var doublesOnly = _doubleSum + _doubleCompensation;
                if (double.IsFinite(doublesOnly))
                {
                    var total = _decimalTotal + (decimal)doublesOnly + (_longOverflowed ? 0 : _longTotal);
                    return Numeric.FromDecimal(total);
                }
            }
            catch (OverflowException)
            {
                // Fall through to the double approximation.
            }
        }

        return Numeric.DecimalFromDouble(_decimalAsDouble + DoubleTotal());
    }

    private void AddDouble(double value)
    {
        _naiveDoubleSum += value;

        // Neumaier's compensated summation.
        var sum = _doubleSum + value;
        if (Math.Abs(_doubleSum) >= Math.Abs(value))
        {
            _doubleCompensation += (_doubleSum - sum) + value;
        }
        else
        {
            _doubleCompensation += (value - sum) + _doubleSum;
        }

        _doubleSum = sum;
    }
}
