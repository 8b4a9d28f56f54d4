using System.Collections.Immutable;
using System.Collections.ObjectModel;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Serializers;

public sealed class CollectionSerializerTests
{
    [Fact]
    public void EveryCommonCollectionShape_IsAnArray_AndRoundTrips()
    {
        var value = new Collections
        {
            Array = [1, 2],
            List = [3, 4],
            Enumerable = [5],
            ReadOnlyList = [6, 7],
            Collection = [8],
            ReadOnlyCollection = [9],
            HashSet = ["a", "b"],
            Set = new HashSet<string> { "c" },
            ReadOnlySet = new HashSet<string> { "d" },
            Immutable = [10, 11],
            ImmutableList = ["e"],
            ObjectModel = ["f"],
            Sorted = new SortedSet<int> { 3, 1, 2 },
            Nested = [[1], [], [2, 3]],
        };

        var document = ToDocument(value);
        var copy = FromDocument<Collections>(document);

        foreach (var element in document)
        {
            Assert.Equal(BsonType.Array, element.Value.BsonType);
        }

        Assert.Equal(new BsonArray { 1, 2, 3 }, document["sorted"]);
        Assert.Equal(value.Array, copy.Array);
        Assert.Equal(value.List, copy.List);
        Assert.Equal(value.Enumerable, copy.Enumerable);
        Assert.Equal(value.ReadOnlyList, copy.ReadOnlyList);
        Assert.Equal(value.Collection, copy.Collection);
        Assert.Equal(value.ReadOnlyCollection, copy.ReadOnlyCollection);
        Assert.Equal(value.HashSet, copy.HashSet);
        Assert.Equal(value.Set, copy.Set);
        Assert.Equal(value.ReadOnlySet, copy.ReadOnlySet);
        Assert.Equal(value.Immutable.ToArray(), copy.Immutable.ToArray());
        Assert.Equal(value.ImmutableList, copy.ImmutableList);
        Assert.Equal(value.ObjectModel, copy.ObjectModel);
        Assert.Equal(value.Sorted, copy.Sorted);
        Assert.Equal(value.Nested, copy.Nested);
        Assert.IsType<HashSet<string>>(copy.Set);
        Assert.IsType<List<int>>(copy.Enumerable);
    }

    [Fact]
    public void NullCollectionsAndItems_RoundTrip()
    {
        var value = new NullableItems { Names = ["a", null], Numbers = [1, null], Missing = null, DefaultArray = default };

        var document = ToDocument(value);
        var copy = FromDocument<NullableItems>(document);

        Assert.Equal(new BsonArray { "a", BsonNull.Value }, document["names"]);
        Assert.Equal(BsonNull.Value, document["missing"]);
        Assert.Equal(BsonNull.Value, document["defaultArray"]);
        Assert.Equal(value.Names, copy.Names);
        Assert.Equal(value.Numbers, copy.Numbers);
        Assert.Null(copy.Missing);
        Assert.True(copy.DefaultArray.IsDefault);
    }

    [Fact]
    public void RepresentationOnACollection_AppliesToItems()
    {
        var ids = new[] { ObjectId.GenerateNewId().ToString(), ObjectId.GenerateNewId().ToString() };
        var value = new ItemRepresentation { References = ids, Colors = [ValueSerializerTests.Color.Blue], Scores = new() { ["x"] = 1.5m } };

        var document = ToDocument(value);

        Assert.All(document["references"].AsBsonArray, item => Assert.Equal(BsonType.ObjectId, item.BsonType));
        Assert.Equal(new BsonArray { "Blue" }, document["colors"]);
        Assert.Equal(new BsonDocument("x", "1.5"), document["scores"]);
        Assert.Equal(value.References, FromDocument<ItemRepresentation>(document).References);
    }

    [Fact]
    public void ItemFailure_NamesTheIndex()
    {
        var document = new BsonDocument("array", new BsonArray { 1, "two" });

        var exception = ReadFails<IntArray>(document);

        Assert.Equal("array.1", exception.Path);
        Assert.StartsWith("Cannot deserialize 'IntArray.Array[1]': expected a number but found String", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonArray_ForACollection_Throws()
    {
        var exception = ReadFails<IntArray>(new BsonDocument("array", 5));

        Assert.Contains("expected Array but found Int32", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dictionaries_AreDocuments_AndRoundTrip()
    {
        var value = new Dictionaries
        {
            Plain = new() { ["a"] = 1, ["b"] = 2 },
            Interface = new Dictionary<string, string?> { ["x"] = null },
            ReadOnly = new Dictionary<string, List<int>> { ["l"] = [1, 2] },
            Sorted = new() { ["z"] = 1, ["y"] = 2 },
            Nested = new() { ["outer"] = new() { ["inner"] = 3 } },
        };

        var document = ToDocument(value);
        var copy = FromDocument<Dictionaries>(document);

        Assert.Equal(new BsonDocument { { "a", 1 }, { "b", 2 } }, document["plain"]);
        Assert.Equal(new BsonDocument { { "y", 2 }, { "z", 1 } }, document["sorted"]);
        Assert.Equal(value.Plain, copy.Plain);
        Assert.Equal(value.Interface, copy.Interface);
        Assert.Equal(value.ReadOnly["l"], copy.ReadOnly["l"]);
        Assert.Equal(value.Sorted, copy.Sorted);
        Assert.Equal(3, copy.Nested["outer"]["inner"]);
    }

    [Fact]
    public void Dictionary_ValueFailure_NamesTheKey()
    {
        var exception = ReadFails<Dictionaries>(new BsonDocument("plain", new BsonDocument("count", "x")));

        Assert.Equal("plain.count", exception.Path);
        Assert.StartsWith("Cannot deserialize 'Dictionaries.Plain.count'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dictionary_WithNonStringKeys_CannotBeMapped()
    {
        var exception = Assert.Throws<BsonSerializationException>(() => BsonSerializerRegistry.Default.GetSerializer<Dictionary<int, string>>());

        Assert.Contains("need string keys", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionSerializers_DescribeTheirItems_AndDictionariesTheirValues()
    {
        var list = (IBsonArraySerializer)BsonSerializerRegistry.Default.GetSerializer<IReadOnlyList<Guid>>();
        var dictionary = BsonSerializerRegistry.Default.GetSerializer<IDictionary<string, int>>();

        Assert.True(list.TryGetItemSerializationInfo(out var item));
        Assert.Equal(typeof(Guid), item.NominalType);
        Assert.Equal(string.Empty, item.ElementName);
        Assert.True(((IBsonDictionarySerializer)dictionary).TryGetValueSerializationInfo(out var value));
        Assert.Equal(typeof(int), value.NominalType);
        Assert.True(((IBsonDocumentSerializer)dictionary).TryGetMemberSerializationInfo("color", out var member));
        Assert.Equal("color", member.ElementName);
    }

    public sealed class Collections
    {
        public int[] Array { get; set; } = [];

        public List<int> List { get; set; } = [];

        public IEnumerable<int> Enumerable { get; set; } = [];

        public IReadOnlyList<int> ReadOnlyList { get; set; } = [];

        public ICollection<int> Collection { get; set; } = [];

        public IReadOnlyCollection<int> ReadOnlyCollection { get; set; } = [];

        public HashSet<string> HashSet { get; set; } = [];

        public ISet<string> Set { get; set; } = new HashSet<string>();

        public IReadOnlySet<string> ReadOnlySet { get; set; } = new HashSet<string>();

        public ImmutableArray<int> Immutable { get; set; } = [];

        public ImmutableList<string> ImmutableList { get; set; } = [];

        public Collection<string> ObjectModel { get; set; } = [];

        public SortedSet<int> Sorted { get; set; } = [];

        public List<int[]> Nested { get; set; } = [];
    }

    public sealed class NullableItems
    {
        public List<string?> Names { get; set; } = [];

        public int?[] Numbers { get; set; } = [];

        public List<int>? Missing { get; set; }

        public ImmutableArray<int> DefaultArray { get; set; }
    }

    public sealed class ItemRepresentation
    {
        [BsonRepresentation(BsonType.ObjectId)]
        public string[] References { get; set; } = [];

        [BsonRepresentation(BsonType.String)]
        public List<ValueSerializerTests.Color> Colors { get; set; } = [];

        [BsonRepresentation(BsonType.String)]
        public Dictionary<string, decimal> Scores { get; set; } = [];
    }

    public sealed record IntArray(int[] Array);

    public sealed class Dictionaries
    {
        public Dictionary<string, int> Plain { get; set; } = [];

        public IDictionary<string, string?> Interface { get; set; } = new Dictionary<string, string?>();

        public IReadOnlyDictionary<string, List<int>> ReadOnly { get; set; } = new Dictionary<string, List<int>>();

        public SortedDictionary<string, int> Sorted { get; set; } = [];

        public Dictionary<string, Dictionary<string, int>> Nested { get; set; } = [];
    }
}
