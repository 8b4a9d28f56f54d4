using FsCheck;
using FsCheck.Fluent;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Bson.Tests.Properties;

/// <summary>Random instances of a model with every commonly mapped member type survive serialization unchanged.</summary>
[Trait("Category", "Property")]
public sealed class PocoPropertyTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(30);

    private static readonly Gen<PocoChild> s_child =
        from label in BsonGenerators.String
        from weight in BsonGenerators.Double
        from codes in Gen.ArrayOf(BsonGenerators.Int32, 3)
        select new PocoChild(label, weight, codes);

    private static readonly Gen<PocoModel> s_model =
        from id in BsonGenerators.ObjectId
        from name in Gen.OrNull(BsonGenerators.String)
        from int32 in BsonGenerators.Int32
        from int64 in BsonGenerators.Int64
        from number in BsonGenerators.Double
        from single in BsonGenerators.Int32.Select(static bits => BitConverter.Int32BitsToSingle(bits))
        from scale in Gen.Choose(0, 28)
        from decimalParts in Gen.ArrayOf(BsonGenerators.Int32, 3)
        from negative in Gen.Elements(true, false)
        from decimal128 in BsonGenerators.Decimal128
        from flag in Gen.Elements(true, false)
        from letter in Gen.Choose(0, 0xFFFF).Select(static c => (char)c)
        from guid in Gen.ArrayOf(Gen.Choose(0, 255).Select(static b => (byte)b), 16).Select(static bytes => new Guid(bytes))
        from milliseconds in BsonGenerators.Int64.Select(static ms => Math.Abs(ms % 253_402_300_800_000L))
        from offsetMinutes in OrNull(Gen.Choose(-14 * 60, 14 * 60))
        from day in Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)
        from ticks in BsonGenerators.Int64
        from state in Gen.Elements(PocoModel.Status.Draft, PocoModel.Status.Active, PocoModel.Status.Archived, (PocoModel.Status)42)
        from maybe in OrNull(BsonGenerators.Int32)
        from unsigned in BsonGenerators.Int64.Select(static n => (ulong)Math.Abs(n % long.MaxValue))
        from bytes in Gen.OrNull(BsonGenerators.Bytes)
        from tags in Gen.ListOf(BsonGenerators.String, 4)
        from counts in Gen.ListOf(Gen.Zip(BsonGenerators.Name, BsonGenerators.Int32), 4)
        from child in Gen.OrNull(s_child)
        from children in Gen.ListOf(s_child, 3)
        from reference in Gen.OrNull(BsonGenerators.ObjectId.Select(static r => r.ToString()))
        from anything in Gen.Elements<object?>(null, 1, "text", 2L, 1.5, true)
        select new PocoModel
        {
            Id = id,
            Name = name,
            Int32 = int32,
            Int64 = int64,
            Double = number,
            Single = single,
            Decimal = new decimal(decimalParts[0], decimalParts[1], decimalParts[2], negative, (byte)scale),
            Decimal128 = decimal128,
            Flag = flag,
            Letter = letter,
            Guid = guid,
            When = new DateTime(milliseconds * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc),
            At = offsetMinutes is { } offset ? new DateTimeOffset(new DateTime(Math.Clamp(milliseconds, 86_400_000L, 253_402_214_400_000L) * TimeSpan.TicksPerMillisecond), TimeSpan.FromMinutes(offset)) : null,
            Day = DateOnly.FromDayNumber(day),
            Time = new TimeOnly(Math.Abs(ticks % TimeOnly.MaxValue.Ticks)),
            Span = TimeSpan.FromTicks(ticks),
            State = state,
            StateName = state,
            MaybeInt = maybe,
            Unsigned = unsigned,
            Bytes = bytes,
            Tags = [.. tags],
            Counts = counts.DistinctBy(static pair => pair.Item1).ToDictionary(static pair => pair.Item1, static pair => pair.Item2),
            Child = child,
            Children = [.. children],
            Reference = reference,
            Anything = anything,
        };

    [Fact]
    public void AnyModel_RoundTripsThroughTheSerializer()
    {
        Prop.ForAll(s_model.ToArbitrary(), model =>
        {
            var bytes = BsonSerializer.Serialize(model);
            var copy = BsonSerializer.Deserialize<PocoModel>(bytes);
            return Equivalent(model, copy) && BsonSerializer.Serialize(copy).AsSpan().SequenceEqual(bytes);
        }).Check(s_config);
    }

    [Fact]
    public void AnyModel_HasItsIdFirst_AndEveryMemberInDeclarationOrder()
    {
        var expected = BsonSerializerRegistry.Default.GetClassMap<PocoModel>().Members.Select(static member => member.ElementName).ToList();
        Prop.ForAll(s_model.ToArbitrary(), model => BsonSerializer.ToBsonDocument(model).Names.SequenceEqual(expected)).Check(s_config);
    }

    private static Gen<int?> OrNull(Gen<int> values) =>
        Gen.Frequency((1, Gen.Constant<int?>(null)), (3, values.Select(static value => (int?)value)));

    private static bool Equivalent(PocoModel expected, PocoModel actual)
    {
        var differences = new List<string>();
        void Check(string member, bool same)
        {
            if (!same)
            {
                differences.Add(member);
            }
        }

        Check(nameof(PocoModel.Id), expected.Id == actual.Id);
        Check(nameof(PocoModel.Name), expected.Name == actual.Name);
        Check(nameof(PocoModel.Int32), expected.Int32 == actual.Int32);
        Check(nameof(PocoModel.Int64), expected.Int64 == actual.Int64);
        Check(nameof(PocoModel.Double), BitConverter.DoubleToInt64Bits(expected.Double) == BitConverter.DoubleToInt64Bits(actual.Double));

        // float to double and back quiets signalling NaNs, so NaNs only have to stay NaN.
        Check(nameof(PocoModel.Single), BitConverter.SingleToInt32Bits(expected.Single) == BitConverter.SingleToInt32Bits(actual.Single) || (float.IsNaN(expected.Single) && float.IsNaN(actual.Single)));
        Check(nameof(PocoModel.Decimal), expected.Decimal == actual.Decimal && decimal.GetBits(expected.Decimal)[3] == decimal.GetBits(actual.Decimal)[3]);
        Check(nameof(PocoModel.Decimal128), expected.Decimal128.Equals(actual.Decimal128));
        Check(nameof(PocoModel.Flag), expected.Flag == actual.Flag);
        Check(nameof(PocoModel.Letter), expected.Letter == actual.Letter);
        Check(nameof(PocoModel.Guid), expected.Guid == actual.Guid);
        Check(nameof(PocoModel.When), expected.When == actual.When && actual.When.Kind == DateTimeKind.Utc);
        Check(nameof(PocoModel.At), Nullable.Equals(expected.At, actual.At));
        Check(nameof(PocoModel.Day), expected.Day == actual.Day);
        Check(nameof(PocoModel.Time), expected.Time == actual.Time);
        Check(nameof(PocoModel.Span), expected.Span == actual.Span);
        Check(nameof(PocoModel.State), expected.State == actual.State);
        Check(nameof(PocoModel.StateName), expected.StateName == actual.StateName);
        Check(nameof(PocoModel.MaybeInt), expected.MaybeInt == actual.MaybeInt);
        Check(nameof(PocoModel.Unsigned), expected.Unsigned == actual.Unsigned);
        Check(nameof(PocoModel.Bytes), expected.Bytes is null ? actual.Bytes is null : actual.Bytes is not null && expected.Bytes.SequenceEqual(actual.Bytes));
        Check(nameof(PocoModel.Tags), expected.Tags.SequenceEqual(actual.Tags));
        Check(nameof(PocoModel.Counts), expected.Counts.OrderBy(static p => p.Key, StringComparer.Ordinal).SequenceEqual(actual.Counts.OrderBy(static p => p.Key, StringComparer.Ordinal)));
        Check(nameof(PocoModel.Child), expected.Child is null ? actual.Child is null : expected.Child.Equivalent(actual.Child));
        Check(nameof(PocoModel.Children), expected.Children.Count == actual.Children.Count && expected.Children.Zip(actual.Children).All(static pair => pair.First.Equivalent(pair.Second)));
        Check(nameof(PocoModel.Reference), expected.Reference == actual.Reference);
        Check(nameof(PocoModel.Anything), Equals(expected.Anything, actual.Anything));
        return differences.Count == 0 ? true : throw new InvalidOperationException("The copy differs in " + string.Join(", ", differences));
    }
}
