using System.Globalization;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Tests.Expressions;

/// <summary>
/// Parses and prints the mongo shell's relaxed JSON, so tests read like the manual: unquoted keys, single or double quotes,
/// <c>NumberLong(5)</c>, <c>NumberDecimal("1.5")</c>, <c>ISODate("...")</c>, <c>ObjectId("...")</c>, <c>Timestamp(1, 2)</c>,
/// <c>/re/i</c>, <c>MinKey</c>, <c>MaxKey</c>, <c>undefined</c>. Integers become int (or long when too big); numbers with a
/// fraction or exponent become double.
/// </summary>
internal static class ShellJson
{
    /// <summary>Parses a value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static BsonValue Parse(string text)
    {
        var reader = new Reader(text);
        var value = reader.ReadValue();
        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            throw new FormatException($"Unexpected text at {reader.Position} in: {text}");
        }

        return value;
    }

    /// <summary>Parses a document.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document.</returns>
    public static BsonDocument Doc(string text) => (BsonDocument)Parse(text);

    /// <summary>Parses an array.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The array.</returns>
    public static BsonArray Array(string text) => (BsonArray)Parse(text);

    /// <summary>Prints a value with explicit numeric types (for assertions).</summary>
    /// <param name="value">The value, or null for MISSING.</param>
    /// <returns>The text.</returns>
    public static string Format(BsonValue? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, BsonValue? value)
    {
        switch (value)
        {
            case null:
                builder.Append("MISSING");
                break;
            case BsonDocument document:
                builder.Append('{');
                var first = true;
                foreach (var element in document)
                {
                    builder.Append(first ? " " : ", ").Append(element.Name).Append(": ");
                    Write(builder, element.Value);
                    first = false;
                }

                builder.Append(first ? "}" : " }");
                break;
            case BsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Write(builder, array[i]);
                }

                builder.Append(']');
                break;
            case BsonInt32 int32:
                builder.Append(int32.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonInt64 int64:
                builder.Append("NumberLong(").Append(int64.Value.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case BsonDouble number:
                var text = number.Value.ToString("R", CultureInfo.InvariantCulture);
                builder.Append(text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) || !double.IsFinite(number.Value) ? text : text + ".0");
                break;
            case BsonDecimal128 dec:
                builder.Append("NumberDecimal(\"").Append(dec.Value.ToString()).Append("\")");
                break;
            case BsonString str:
                builder.Append('"').Append(str.Value).Append('"');
                break;
            case BsonDateTime date:
                builder.Append("ISODate(\"").Append(date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)).Append("\")");
                break;
            case BsonObjectId id:
                builder.Append("ObjectId(\"").Append(id.Value.ToString()).Append("\")");
                break;
            case BsonTimestamp timestamp:
                builder.Append("Timestamp(").Append(timestamp.Timestamp.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(timestamp.Increment.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public int Position => _position;

        public bool AtEnd => _position >= text.Length;

        public void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        public BsonValue ReadValue()
        {
            SkipSpace();
            var c = text[_position];
            switch (c)
            {
                case '{':
                    return ReadDocument();
                case '[':
                    return ReadArray();
                case '"':
                case '\'':
                    return new BsonString(ReadString());
                case '/':
                    return ReadRegex();
            }

            if (c == '-' || c == '+' || c == '.' || char.IsAsciiDigit(c))
            {
                return ReadNumber();
            }

            var word = ReadIdentifier();
            switch (word)
            {
                case "true": return BsonBoolean.True;
                case "false": return BsonBoolean.False;
                case "null": return BsonNull.Value;
                case "undefined": return BsonUndefined.Value;
                case "MinKey": return BsonMinKey.Value;
                case "MaxKey": return BsonMaxKey.Value;
                case "NaN": return new BsonDouble(double.NaN);
                case "Infinity": return new BsonDouble(double.PositiveInfinity);
            }

            var arguments = ReadArguments();
            return word switch
            {
                "NumberInt" => BsonInt32.Create(int.Parse(Text(arguments[0]), CultureInfo.InvariantCulture)),
                "NumberLong" => BsonInt64.Create(long.Parse(Text(arguments[0]), CultureInfo.InvariantCulture)),
                "NumberDecimal" => new BsonDecimal128(Decimal128.Parse(Text(arguments[0]))),
                "ISODate" => new BsonDateTime(DateTimeOffset.Parse(Text(arguments[0]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)),
                "ObjectId" => new BsonObjectId(ObjectId.Parse(Text(arguments[0]))),
                "Timestamp" => new BsonTimestamp((uint)arguments[0].ToInt64(), (uint)arguments[1].ToInt64()),
                _ => throw new FormatException($"Unknown word '{word}' at {_position}"),
            };
        }

        private static string Text(BsonValue value) => value is BsonString s ? s.Value : value.ToString();

        private List<BsonValue> ReadArguments()
        {
            SkipSpace();
            Expect('(');
            var result = new List<BsonValue>();
            SkipSpace();
            if (text[_position] == ')')
            {
                _position++;
                return result;
            }

            while (true)
            {
                result.Add(ReadValue());
                SkipSpace();
                if (text[_position] == ')')
                {
                    _position++;
                    return result;
                }

                Expect(',');
            }
        }

        private BsonDocument ReadDocument()
        {
            Expect('{');
            var document = new BsonDocument();
            SkipSpace();
            if (text[_position] == '}')
            {
                _position++;
                return document;
            }

            while (true)
            {
                SkipSpace();
                var name = text[_position] is '"' or '\'' ? ReadString() : ReadIdentifier();
                SkipSpace();
                Expect(':');
                document.Add(name, ReadValue());
                SkipSpace();
                if (text[_position] == '}')
                {
                    _position++;
                    return document;
                }

                Expect(',');
                SkipSpace();
                if (text[_position] == '}')
                {
                    _position++;
                    return document;
                }
            }
        }

        private BsonArray ReadArray()
        {
            Expect('[');
            var array = new BsonArray();
            SkipSpace();
            if (text[_position] == ']')
            {
                _position++;
                return array;
            }

            while (true)
            {
                array.Add(ReadValue());
                SkipSpace();
                if (text[_position] == ']')
                {
                    _position++;
                    return array;
                }

                Expect(',');
            }
        }

        private string ReadString()
        {
            var quote = text[_position++];
            var builder = new StringBuilder();
            while (text[_position] != quote)
            {
                var c = text[_position++];
                if (c == '\\')
                {
                    var escaped = text[_position++];
                    builder.Append(escaped switch
                    {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        '0' => '\0',
                        'u' => (char)int.Parse(text.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                        _ => escaped,
                    });
                    if (escaped == 'u')
                    {
                        _position += 4;
                    }
                }
                else
                {
                    builder.Append(c);
                }
            }

            _position++;
            return builder.ToString();
        }

        private BsonRegularExpression ReadRegex()
        {
            Expect('/');
            var start = _position;
            while (text[_position] != '/')
            {
                _position += text[_position] == '\\' ? 2 : 1;
            }

            var pattern = text[start.._position];
            _position++;
            var optionsStart = _position;
            while (_position < text.Length && char.IsAsciiLetter(text[_position]))
            {
                _position++;
            }

            return new BsonRegularExpression(pattern, text[optionsStart.._position]);
        }

        private BsonValue ReadNumber()
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] is '-' or '+' or '.' or 'e' or 'E'))
            {
                _position++;
            }

            var number = text[start.._position];
            if (number.Contains('.', StringComparison.Ordinal) || number.Contains('e', StringComparison.OrdinalIgnoreCase))
            {
                return new BsonDouble(double.Parse(number, CultureInfo.InvariantCulture));
            }

            var wide = long.Parse(number, CultureInfo.InvariantCulture);
            return wide is >= int.MinValue and <= int.MaxValue ? BsonInt32.Create((int)wide) : BsonInt64.Create(wide);
        }

        private string ReadIdentifier()
        {
            var start = _position;
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '_' or '$' or '.'))
            {
                _position++;
            }

            if (start == _position)
            {
                throw new FormatException($"Unexpected character '{text[_position]}' at {_position} in: {text}");
            }

            return text[start.._position];
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (text[_position] != c)
            {
                throw new FormatException($"Expected '{c}' at {_position} in: {text}");
            }

            _position++;
        }
    }
}
