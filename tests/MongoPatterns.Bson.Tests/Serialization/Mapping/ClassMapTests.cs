using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Bson.Serialization.Mapping;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Mapping;

public sealed class ClassMapTests
{
    [Fact]
    public void Class_IsWrittenInDeclarationOrder_WithTheIdFirst_InCamelCase()
    {
        var value = new Person { Name = "Ada", Id = ObjectId.GenerateNewId(), BirthYear = 1815, HomeAddress = new Address("London", 12345) };

        var document = ToDocument(value);

        Assert.Equal(["_id", "name", "birthYear", "homeAddress"], document.Names);
        Assert.Equal(new BsonDocument { { "city", "London" }, { "zip", 12345 } }, document["homeAddress"]);
        Assert.Equal(value, FromDocument<Person>(document));
    }

    [Fact]
    public void Record_WithPositionalConstructor_RoundTrips_AndElementsMayComeInAnyOrder()
    {
        var document = new BsonDocument { { "zip", 1 }, { "city", "Paris" } };

        Assert.Equal(new Address("Paris", 1), FromDocument<Address>(document));
    }

    [Fact]
    public void Record_MissingElements_TakeTheConstructorDefaults()
    {
        var copy = FromDocument<WithDefaults>(new BsonDocument("name", "x"));

        Assert.Equal(new WithDefaults("x", 10, Level: WithDefaults.Levels.High), copy);
        Assert.Equal(0, FromDocument<Address>(new BsonDocument("city", "c")).Zip);
    }

    [Fact]
    public void InitOnly_PrivateSetter_GetOnlyAutoProperty_AndFields_AreReadBack()
    {
        var value = new Shapes(7) { Init = "i", PublicField = 1.5 };
        value.SetPrivate("p");
        value.Tags.Add("t");

        var copy = RoundTrip(value);

        Assert.Equal("i", copy.Init);
        Assert.Equal("p", copy.Private);
        Assert.Equal(["t"], copy.Tags);
        Assert.Equal(7, copy.ReadOnlyField);
        Assert.Equal(1.5, copy.PublicField);
        Assert.Equal(["init", "private", "tags", "readOnlyField", "publicField"], ToDocument(value).Names);
    }

    [Fact]
    public void ComputedProperty_IsSkipped_UnlessMarkedBsonElement_ThenWrittenOnly()
    {
        var document = ToDocument(new Computed { First = "a", Last = "b" });

        Assert.Equal(["first", "last", "full"], document.Names);
        Assert.Equal("a b", document["full"].AsString);
        Assert.Equal("a b", FromDocument<Computed>(document).Full);
        Assert.False(BsonSerializerRegistry.Default.GetClassMap<Computed>().GetMember("Full")!.IsReadBack);
    }

    [Fact]
    public void Inheritance_MapsBaseClassMembersFirst()
    {
        var value = new Manager { Id = 3, Name = "m", Reports = 4 };

        var document = ToDocument(value);

        Assert.Equal(["_id", "name", "reports"], document.Names);
        Assert.Equal(value, FromDocument<Manager>(document));
    }

    [Fact]
    public void OverriddenAndHiddenProperties_AreMappedOnce()
    {
        var document = ToDocument(new Derived { Value = 5, Label = "new" });

        Assert.Equal(new BsonDocument { { "value", 5 }, { "label", "new" } }, document);
        Assert.Equal("new", FromDocument<Derived>(document).Label);
    }

    [Fact]
    public void Attributes_RenameReorderAndIgnoreMembers()
    {
        var document = ToDocument(new Annotated { A = 1, B = 2, C = 3, Secret = "s" });

        Assert.Equal(["c_", "first", "a"], document.Names);
        Assert.Null(FromDocument<Annotated>(document).Secret);
    }

    [Fact]
    public void Struct_And_ReadOnlyRecordStruct_RoundTrip()
    {
        Assert.Equal(new Point { X = 1, Y = 2 }, RoundTrip(new Point { X = 1, Y = 2 }));
        Assert.Equal(new Money(9.99m, "EUR"), RoundTrip(new Money(9.99m, "EUR")));
        Assert.Equal(new Box<Money?>(new Money(1, "USD")), RoundTrip(new Box<Money?>(new Money(1, "USD"))));
    }

    [Fact]
    public void StructWithGetOnlyProperties_IsCreatedThroughItsConstructor()
    {
        var pair = new KeyValuePair<string, int>("k", 3);

        Assert.Equal(new BsonDocument { { "key", "k" }, { "value", 3 } }, ToDocument(pair));
        Assert.Equal(pair, RoundTrip(pair));
        Assert.Equal((1, "a"), RoundTrip((1, "a")));
    }

    [Fact]
    public void NonPublicMembers_AreMappedWhenMarked()
    {
        var document = ToDocument(Hidden.Create(5));

        Assert.Equal(new BsonDocument { { "visible", 1 }, { "secret", 5 } }, document);
        Assert.Equal(5, FromDocument<Hidden>(document).Reveal());
    }

    [Fact]
    public void BsonConstructor_PicksTheConstructor()
    {
        var copy = FromDocument<Chosen>(new BsonDocument { { "name", "x" }, { "size", 4 } });

        Assert.Equal("x", copy.Name);
        Assert.Equal(4, copy.Size);
        Assert.True(copy.MadeByChosenConstructor);
    }

    [Fact]
    public void PrivateParameterlessConstructor_IsUsed_WhenNoPublicOneFits()
    {
        var copy = FromDocument<Guarded>(new BsonDocument("value", 4));

        Assert.Equal(4, copy.Value);
    }

    [Fact]
    public void AnonymousType_CanBeWrittenAndRead()
    {
        var value = new { Name = "n", Count = 2 };

        var document = BsonSerializer.ToBsonDocument(value);

        Assert.Equal(new BsonDocument { { "name", "n" }, { "count", 2 } }, document);
        Assert.Equal(value, DeserializeAs(document, value));
    }

    [Fact]
    public void SelfReferencingType_RoundTrips()
    {
        var tree = new TreeNode("root", [new TreeNode("leaf", []), new TreeNode("branch", [new TreeNode("deep", [])])]);

        var copy = RoundTrip(tree);

        Assert.Equal("deep", copy.Children[1].Children[0].Name);
    }

    [Fact]
    public void InternalTypes_AreMapped()
    {
        var copy = RoundTrip(new InternalThing { Value = 3 });

        Assert.Equal(3, copy.Value);
    }

    [Fact]
    public void AbstractType_IsWritten_ButCannotBeRead()
    {
        var document = ToDocument<Shape>(new Square { Side = 2 });

        Assert.Equal(new BsonDocument("name", "square"), document);
        var exception = ReadFails<Shape>(document);
        Assert.Contains("it is abstract", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InterfaceMember_CannotBeMapped()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializerRegistry.Default.GetSerializer<HasInterface>());

        Assert.Contains("interfaces cannot be mapped", exception.Message, StringComparison.Ordinal);
        Assert.Contains("member Thing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeWithoutUsableConstructor_IsWritten_ButReadingExplainsWhy()
    {
        var document = ToDocument(new NoConstructor("x", 1));

        var exception = ReadFails<NoConstructor>(document);

        Assert.Contains("no parameterless constructor and no public constructor whose parameters all match", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClassMap_DescribesIdMembersElementNamesAndSerializers()
    {
        var map = BsonClassMap.Lookup<Person>();

        Assert.Equal(typeof(Person), map.ClassType);
        Assert.Equal("Id", map.IdMember!.MemberName);
        Assert.Equal("_id", map.IdMember.ElementName);
        Assert.Equal(["Id", "Name", "BirthYear", "HomeAddress"], map.Members.Select(m => m.MemberName));
        Assert.Equal("birthYear", map.GetMember("BirthYear")!.ElementName);
        Assert.Same(map.GetMember("Name"), map.GetMemberByElementName("name"));
        Assert.Equal(typeof(int), map.GetMember("BirthYear")!.Serializer.ValueType);
        Assert.True(map.CanDeserialize);
        Assert.Null(map.GetMember("Missing"));
        Assert.Same(map, BsonSerializerRegistry.Default.GetClassMap(map.ClassType));
        Assert.Equal(1815, map.GetMember("BirthYear")!.GetValue(new Person { BirthYear = 1815 }));
    }

    [Fact]
    public void ClassMap_OfBuiltInType_IsRejected() =>
        Assert.Throws<ArgumentException>(() => BsonSerializerRegistry.Default.GetClassMap<List<int>>());

    [Fact]
    public void ClassMapSerializer_DescribesMembersForQueryTranslation()
    {
        var serializer = (IBsonDocumentSerializer)BsonSerializerRegistry.Default.GetSerializer<Person>();

        Assert.True(serializer.TryGetMemberSerializationInfo("HomeAddress", out var info));
        Assert.Equal("homeAddress", info.ElementName);
        Assert.True(((IBsonDocumentSerializer)info.Serializer).TryGetMemberSerializationInfo("Zip", out var zip));
        Assert.Equal("zip", zip.ElementName);
        Assert.False(serializer.TryGetMemberSerializationInfo("homeAddress", out _));
    }

    [Fact]
    public void NullableStructSerializer_ForwardsMemberInfo()
    {
        var serializer = (IBsonDocumentSerializer)BsonSerializerRegistry.Default.GetSerializer<Money?>();

        Assert.True(serializer.TryGetMemberSerializationInfo("Currency", out var info));
        Assert.Equal("currency", info.ElementName);
    }

    private static T DeserializeAs<T>(BsonDocument document, T example) =>
        example is null ? throw new ArgumentNullException(nameof(example)) : FromDocument<T>(document);

    public sealed record Address(string City, int Zip);

    public sealed record Person
    {
        public string? Name { get; set; }

        public ObjectId Id { get; set; }

        public int BirthYear { get; set; }

        public Address? HomeAddress { get; set; }
    }

    public sealed record WithDefaults(string Name, int Size = 10, string? Note = null, WithDefaults.Levels Level = WithDefaults.Levels.High)
    {
        public enum Levels
        {
            Low,
            High,
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051:Do not declare visible instance fields", Justification = "Public fields are what this model tests.")]
    public sealed class Shapes
    {
        [BsonElement]
        public readonly int ReadOnlyField;

        public double PublicField;

        public Shapes(int readOnlyField)
        {
            ReadOnlyField = readOnlyField;
        }

        public string? Init { get; init; }

        public string? Private { get; private set; }

        public List<string> Tags { get; } = [];

        public void SetPrivate(string value) => Private = value;
    }

    public sealed class Computed
    {
        public string First { get; set; } = string.Empty;

        public string Last { get; set; } = string.Empty;

        [BsonElement]
        public string Full => $"{First} {Last}";

        public int Length => Full.Length;
    }

    public record Employee
    {
        public int Id { get; set; }

        public string? Name { get; set; }
    }

    public sealed record Manager : Employee
    {
        public int Reports { get; set; }
    }

    public class Base
    {
        public virtual int Value { get; set; }

        public string? Label { get; set; }
    }

    public sealed class Derived : Base
    {
        public override int Value { get; set; }

        public new string? Label { get; set; }
    }

    public sealed class Annotated
    {
        public int A { get; set; }

        [BsonElement("first", Order = 1)]
        public int B { get; set; }

        [BsonElement("c_", Order = 0)]
        public int C { get; set; }

        [BsonIgnore]
        public string? Secret { get; set; }
    }

    public struct Point
    {
        public int X { get; set; }

        public int Y { get; set; }
    }

    public readonly record struct Money(decimal Amount, string Currency);

    public sealed class Chosen
    {
        public Chosen()
        {
        }

        [BsonConstructor]
        public Chosen(string name, int size)
        {
            Name = name;
            Size = size;
            MadeByChosenConstructor = true;
        }

        public string? Name { get; }

        public int Size { get; }

        [BsonIgnore]
        public bool MadeByChosenConstructor { get; }
    }

    public sealed class Guarded
    {
        private Guarded()
        {
        }

        public Guarded(string unrelated)
        {
            ArgumentNullException.ThrowIfNull(unrelated);
        }

        public int Value { get; set; }
    }

    public sealed class Hidden
    {
        [BsonElement("secret")]
        private int _secret;

        public int Visible { get; set; } = 1;

        public static Hidden Create(int secret) => new() { _secret = secret };

        public int Reveal() => _secret;
    }

    public sealed record TreeNode(string Name, List<TreeNode> Children);

    internal sealed class InternalThing
    {
        public int Value { get; set; }
    }

    public abstract class Shape
    {
        [BsonElement]
        public abstract string Name { get; }
    }

    public sealed class Square : Shape
    {
        public override string Name => "square";

        [BsonIgnore]
        public int Side { get; set; }
    }

    public interface IThing
    {
        int Size { get; }
    }

    public sealed class HasInterface
    {
        public IThing? Thing { get; set; }
    }

    public sealed class NoConstructor
    {
        public NoConstructor(string label, int count)
        {
            Text = label + count;
        }

        [BsonElement]
        public string Text { get; }
    }
}
