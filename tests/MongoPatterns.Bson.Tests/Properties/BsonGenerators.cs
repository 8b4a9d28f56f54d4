using FsCheck;
using FsCheck.Fluent;

namespace MongoPatterns.Bson.Tests.Properties;

/// <summary>FsCheck generators for BSON values of every type, nested documents and arrays included.</summary>
internal static class BsonGenerators
{
    // Text units: ASCII, dots and dollars (legal in names), Latin-1, CJK, and a surrogate pair that must stay whole.
    private static readonly string[] s_nameUnits = ["a", "b", "Z", "_", "0", "9", "$", ".", " ", "é", "ß", "中", "😀", "-"];
    private static readonly string[] s_optionLetters = ["i", "l", "m", "s", "u", "x"];

    private static readonly BsonBinarySubType[] s_subTypes =
    [
        BsonBinarySubType.Binary, BsonBinarySubType.Function, BsonBinarySubType.OldBinary, BsonBinarySubType.UuidLegacy,
        BsonBinarySubType.UuidStandard, BsonBinarySubType.Md5, BsonBinarySubType.Encrypted, BsonBinarySubType.Column,
        BsonBinarySubType.Sensitive, BsonBinarySubType.UserDefined, (BsonBinarySubType)0xFF,
    ];

    public static Gen<int> Int32 { get; } =
        Gen.Frequency((1, Gen.Elements(0, 1, -1, int.MinValue, int.MaxValue)), (4, Bits(32).Select(static bits => (int)bits)));

    public static Gen<long> Int64 { get; } =
        Gen.Frequency((1, Gen.Elements(0L, -1L, long.MinValue, long.MaxValue)), (4, Bits(64).Select(static bits => (long)bits)));

    public static Gen<double> Double { get; } = Gen.Frequency(
        (1, Gen.Elements(0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue, 0.1)),
        (2, Bits(64).Select(static bits => BitConverter.Int64BitsToDouble((long)bits))),
        (2, Gen.Choose(-1_000_000, 1_000_000).Select(static n => n / 64.0)));

    public static Gen<string> Name { get; } = Text(s_nameUnits, 12);

    public static Gen<string> String { get; } = Text([.. s_nameUnits, "\0", "\n", "\"", "\\"], 24);

    public static Gen<byte[]> Bytes { get; } = Gen.Choose(0, 40).SelectMany(static length => Gen.ArrayOf(Gen.Choose(0, 255).Select(static b => (byte)b), length));

    public static Gen<ObjectId> ObjectId { get; } = Gen.ArrayOf(Gen.Choose(0, 255).Select(static b => (byte)b), 12).Select(static bytes => new ObjectId(bytes));

    public static Gen<Decimal128> Decimal128 { get; } = Gen.Frequency(
        (1, Gen.Elements(Bson.Decimal128.NaN, Bson.Decimal128.PositiveInfinity, Bson.Decimal128.NegativeInfinity, Bson.Decimal128.Zero, Bson.Decimal128.MaxValue)),
        (3, Bits(64).SelectMany(static high => Bits(64).Select(low => new Decimal128(high, low)))));

    /// <summary>Any BSON document, with nesting bounded by FsCheck's size.</summary>
    public static Gen<BsonDocument> Document(bool uniqueNames = false) => Gen.Sized(size => DocumentOfSize(size, uniqueNames));

    /// <summary>Any BSON value.</summary>
    public static Gen<BsonValue> Value(int size, bool uniqueNames = false)
    {
        var scalars = Gen.OneOf(
            Double.Select(static d => (BsonValue)new BsonDouble(d)),
            String.Select(static s => (BsonValue)new BsonString(s)),
            Gen.Zip(Bytes, Gen.Elements(s_subTypes)).Select(static pair => (BsonValue)new BsonBinaryData(pair.Item1, pair.Item2)),
            Gen.Constant<BsonValue>(BsonUndefined.Value),
            ObjectId.Select(static id => (BsonValue)new BsonObjectId(id)),
            Gen.Elements<BsonValue>(BsonBoolean.True, BsonBoolean.False),
            Int64.Select(static ms => (BsonValue)new BsonDateTime(ms)),
            Gen.Constant<BsonValue>(BsonNull.Value),
            Gen.Zip(Name, Gen.SubListOf(s_optionLetters)).Select(static pair => (BsonValue)new BsonRegularExpression(pair.Item1, string.Concat(pair.Item2))),
            Gen.Zip(String, ObjectId).Select(static pair => (BsonValue)new BsonDbPointer(pair.Item1, pair.Item2)),
            String.Select(static code => (BsonValue)new BsonJavaScript(code)),
            String.Select(static symbol => (BsonValue)new BsonSymbol(symbol)),
            Int32.Select(static n => (BsonValue)new BsonInt32(n)),
            Bits(64).Select(static bits => (BsonValue)new BsonTimestamp(bits)),
            Int64.Select(static n => (BsonValue)new BsonInt64(n)),
            Decimal128.Select(static d => (BsonValue)new BsonDecimal128(d)),
            Gen.Elements<BsonValue>(BsonMinKey.Value, BsonMaxKey.Value));
        if (size <= 1)
        {
            return scalars;
        }

        var child = size / 3;
        return Gen.Frequency(
            (6, scalars),
            (1, DocumentOfSize(child, uniqueNames).Select(static d => (BsonValue)d)),
            (1, Gen.ListOf(Gen.Sized(_ => Value(child, uniqueNames)), Math.Min(size, 6)).Select(static items => (BsonValue)new BsonArray(items))),
            (1, Gen.Zip(String, DocumentOfSize(child, uniqueNames)).Select(static pair => (BsonValue)new BsonJavaScriptWithScope(pair.Item1, pair.Item2))));
    }

    private static Gen<BsonDocument> DocumentOfSize(int size, bool uniqueNames)
    {
        var element = Gen.Zip(Name, Value(size, uniqueNames));
        return Gen.Choose(0, Math.Min(size, 8)).SelectMany(count => Gen.ListOf(element, count)).Select(elements =>
        {
            var document = new BsonDocument(allowDuplicateNames: !uniqueNames);
            foreach (var (name, value) in elements)
            {
                if (!uniqueNames || !document.Contains(name))
                {
                    document.Add(name, value);
                }
            }

            return document;
        });
    }

    private static Gen<string> Text(string[] units, int maxLength) =>
        Gen.Choose(0, maxLength).SelectMany(length => Gen.ArrayOf(Gen.Elements(units), length)).Select(string.Concat);

    private static Gen<ulong> Bits(int count) =>
        Gen.ArrayOf(Gen.Choose(0, 0xFFFF), 4).Select(parts =>
        {
            var bits = 0UL;
            foreach (var part in parts)
            {
                bits = (bits << 16) | (uint)part;
            }

            return count == 64 ? bits : bits & ((1UL << count) - 1);
        });
}
