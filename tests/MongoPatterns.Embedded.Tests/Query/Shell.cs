using System.Globalization;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Tests.Query;

/// <summary>
/// Parses mongo-shell-style literals so test tables read like the MongoDB manual: unquoted keys, single or double
/// quotes, <c>/regex/flags</c>, <c>NumberLong(5)</c>, <c>NumberDecimal("1.5")</c>, <c>ObjectId("...")</c>,
/// <c>new Date(0)</c>, <c>ISODate("...")</c>, <c>Timestamp(1, 2)</c>, <c>BinData(0, "base64")</c>, <c>MinKey</c>,
/// <c>MaxKey</c>, <c>undefined</c>, <c>NaN</c>, <c>Infinity</c>. Integers become Int32 when they fit, else Int64.
/// </summary>
internal static class Shell
{
    public static BsonDocument Doc(string text) => (BsonDocument)Value(text);

    public static BsonArray Array(string text) => (BsonArray)Value(text);

    public static BsonValue Value(string text)
    {
        var reader = new Reader(text);
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (!reader.AtEnd)
        {
            throw new FormatException($"Unexpected text at {reader.Position} in: {text}");
        }

        return value;
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public bool AtEnd => _position >= text.Length;

        public int Position => _position;

        public void SkipWhitespace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        public BsonValue ReadValue()
        {
            SkipWhitespace();
            var c = Peek();
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

            if (c == '-' || c == '+' || c == '.' || char.IsDigit(c))
            {
                return ReadNumber();
            }

            var word = ReadWord();
            switch (word)
            {
                case "true":
                    return BsonBoolean.True;
                case "false":
                    return BsonBoolean.False;
                case "null":
                    return BsonNull.Value;
                case "undefined":
                    return BsonUndefined.Value;
                case "NaN":
                    return new BsonDouble(double.NaN);
                case "Infinity":
                    return new BsonDouble(double.PositiveInfinity);
                case "MinKey":
                    SkipEmptyCall();
                    return BsonMinKey.Value;
                case "MaxKey":
                    SkipEmptyCall();
                    return BsonMaxKey.Value;
                case "new":
                    return ReadValue();
            }

            var args = ReadArguments();
            return word switch
            {
                "NumberInt" => new BsonInt32(int.Parse(ArgText(args[0]), CultureInfo.InvariantCulture)),
                "NumberLong" => new BsonInt64(long.Parse(ArgText(args[0]), CultureInfo.InvariantCulture)),
                "NumberDecimal" or "Decimal128" => new BsonDecimal128(Decimal128.Parse(ArgText(args[0]))),
                "ObjectId" => new BsonObjectId(args.Count == 0 ? ObjectId.GenerateNewId() : ObjectId.Parse(args[0].AsString)),
                "Date" => args.Count == 0 ? new BsonDateTime(0) : args[0] is BsonString iso
                    ? new BsonDateTime(DateTime.Parse(iso.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal))
                    : new BsonDateTime(args[0].ToInt64()),
                "ISODate" => new BsonDateTime(DateTime.Parse(args[0].AsString, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)),
                "Timestamp" => new BsonTimestamp((uint)args[0].ToInt64(), (uint)args[1].ToInt64()),
                "BinData" => new BsonBinaryData(Convert.FromBase64String(args[1].AsString), (BsonBinarySubType)args[0].ToInt32()),
                "Symbol" => new BsonSymbol(args[0].AsString),
                _ => throw new FormatException($"Unknown literal {word} at {_position} in: {text}"),
            };
        }

        private static string ArgText(BsonValue value) => value is BsonString text ? text.Value : value.ToString();

        private char Peek() => _position < text.Length ? text[_position] : '\0';

        private void Expect(char c)
        {
            SkipWhitespace();
            if (Peek() != c)
            {
                throw new FormatException($"Expected '{c}' at {_position} in: {text}");
            }

            _position++;
        }

        private void SkipEmptyCall()
        {
            SkipWhitespace();
            if (Peek() == '(')
            {
                _position++;
                Expect(')');
            }
        }

        private List<BsonValue> ReadArguments()
        {
            Expect('(');
            var args = new List<BsonValue>();
            SkipWhitespace();
            if (Peek() == ')')
            {
                _position++;
                return args;
            }

            while (true)
            {
                args.Add(ReadValue());
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                Expect(')');
                return args;
            }
        }

        private BsonDocument ReadDocument()
        {
            Expect('{');
            var document = new BsonDocument();
            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                return document;
            }

            while (true)
            {
                SkipWhitespace();
                var name = Peek() is '"' or '\'' ? ReadString() : ReadWord();
                Expect(':');
                document.Add(name, ReadValue());
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    SkipWhitespace();
                    if (Peek() == '}')
                    {
                        _position++;
                        return document;
                    }

                    continue;
                }

                Expect('}');
                return document;
            }
        }

        private BsonArray ReadArray()
        {
            Expect('[');
            var array = new BsonArray();
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                return array;
            }

            while (true)
            {
                array.Add(ReadValue());
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                Expect(']');
                return array;
            }
        }

        private string ReadWord()
        {
            var start = _position;
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '_' or '$' or '.'))
            {
                _position++;
            }

            if (start == _position)
            {
                throw new FormatException($"Unexpected '{Peek()}' at {_position} in: {text}");
            }

            return text[start.._position];
        }

        private string ReadString()
        {
            var quote = text[_position++];
            var builder = new StringBuilder();
            while (text[_position] != quote)
            {
                var c = text[_position++];
                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                var escaped = text[_position++];
                switch (escaped)
                {
                    case 'n':
                        builder.Append('\n');
                        break;
                    case 't':
                        builder.Append('\t');
                        break;
                    case 'u':
                        builder.Append((char)int.Parse(text.AsSpan(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _position += 4;
                        break;
                    default:
                        builder.Append(escaped);
                        break;
                }
            }

            _position++;
            return builder.ToString();
        }

        private BsonRegularExpression ReadRegex()
        {
            _position++;
            var builder = new StringBuilder();
            while (text[_position] != '/')
            {
                if (text[_position] == '\\')
                {
                    builder.Append(text[_position++]);
                }

                builder.Append(text[_position++]);
            }

            _position++;
            var start = _position;
            while (_position < text.Length && char.IsLetter(text[_position]))
            {
                _position++;
            }

            return new BsonRegularExpression(builder.ToString(), text[start.._position]);
        }

        private BsonValue ReadNumber()
        {
            var start = _position;
            if (Peek() is '-' or '+')
            {
                _position++;
            }

            if (string.CompareOrdinal(text, _position, "Infinity", 0, 8) == 0)
            {
                _position += 8;
                return new BsonDouble(text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity);
            }

            var isReal = false;
            while (_position < text.Length && (char.IsDigit(text[_position]) || text[_position] is '.' or 'e' or 'E'
                || (text[_position] is '-' or '+' && text[_position - 1] is 'e' or 'E')))
            {
                isReal |= text[_position] is '.' or 'e' or 'E';
                _position++;
            }

            var literal = text[start.._position];
            if (isReal)
            {
                return new BsonDouble(double.Parse(literal, CultureInfo.InvariantCulture));
            }

            var number = long.Parse(literal, CultureInfo.InvariantCulture);
            return number is >= int.MinValue and <= int.MaxValue ? new BsonInt32((int)number) : new BsonInt64(number);
        }
    }
}
