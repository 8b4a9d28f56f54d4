namespace MongoPatterns.Bson.Tests;

public sealed class BsonArrayTests
{
    [Fact]
    public void ListMembers_BehaveLikeAList()
    {
        var array = new BsonArray { 1, "two" };

        array.Add(3.0);
        array.Insert(0, BsonNull.Value);
        array.AddRange([4, 5]);
        array.RemoveAt(1);
        array[0] = "zero";

        Assert.Equal(new BsonArray { "zero", "two", 3.0, 4, 5 }, array);
        Assert.Equal(5, array.Count);
        Assert.Equal(2, array.IndexOf(3.0));
        Assert.True(array.Remove("two"));
        Assert.DoesNotContain("two", array);
        Assert.Throws<ArgumentOutOfRangeException>(() => array[10]);
        Assert.Throws<ArgumentNullException>(() => array.Add(null!));
        array.Clear();
        Assert.Empty(array);
    }

    [Fact]
    public void Contains_UsesStrictEquality()
    {
        var array = new BsonArray { 1 };

        Assert.Contains(1, array);
        Assert.DoesNotContain(1L, array);
        Assert.DoesNotContain(1.0, array);
    }

    [Fact]
    public void DeepClone_CopiesNestedContainers()
    {
        var array = new BsonArray { new BsonDocument("a", 1), new BsonArray { 1 } };

        var clone = array.DeepClone();
        clone[0]["a"] = 2;
        clone[1].AsBsonArray.Add(2);

        Assert.Equal(new BsonArray { new BsonDocument("a", 1), new BsonArray { 1 } }, array);
        Assert.NotEqual(array, clone);
    }

    [Fact]
    public void Constructor_FromEnumerable_CopiesTheValues()
    {
        var values = new List<BsonValue> { 1, 2 };

        var array = new BsonArray(values);
        values.Add(3);

        Assert.Equal(2, array.Count);
        var copy = new BsonValue[3];
        array.CopyTo(copy, 1);
        Assert.Equal(1, copy[1].AsInt32);
    }

    [Fact]
    public void Enumeration_WhileModifying_Throws()
    {
        var array = new BsonArray { 1, 2 };

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var value in array)
            {
                array.Add(value);
            }
        });
    }

    [Fact]
    public void DecodedArray_BehavesLikeAList()
    {
        var array = BsonDocument.FromBson(new BsonDocument("a", new BsonArray { 1, 2, 3 }).ToBson())["a"].AsBsonArray;

        array.Add(4);
        array.Insert(0, 0);
        array.RemoveAt(2);
        array[1] = 10;

        Assert.Equal(new BsonValue[] { 0, 10, 3, 4 }, array);
        Assert.Equal(4, array.Count);
        Assert.True(array.Remove(4));
        array.Clear();
        Assert.Empty(array);
    }

    [Fact]
    public void DecodedArray_FirstChangeDuringEnumeration_Throws()
    {
        var array = BsonDocument.FromBson(new BsonDocument("a", new BsonArray { 1, 2 }).ToBson())["a"].AsBsonArray;

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var value in array)
            {
                array[1] = 5;
            }
        });
    }

    [Fact]
    public void Capacity_IsOnlyAHint()
    {
        var array = new BsonArray(capacity: 2) { 1, 2, 3 };

        Assert.Equal(new BsonValue[] { 1, 2, 3 }, array);
        Assert.Empty(new BsonArray(capacity: 8));
    }

    [Fact]
    public void ToBson_GeneratesIndexNames()
    {
        var document = new BsonDocument("a", new BsonArray { 10, 20 });

        var decoded = BsonDocument.FromBson(document.ToBson());

        // {"a": [10, 20]}: the array's element names are "0" and "1".
        Assert.Equal("1B000000046100130000001030000A0000001031001400000000" + "00", Convert.ToHexString(document.ToBson()));
        Assert.Equal(document, decoded);
    }
}
