using System.Buffers;

namespace MongoPatterns.Bson.Tests;

public sealed class BsonDocumentTests
{
    [Fact]
    public void CollectionInitializer_AddsElementsInOrder()
    {
        var document = new BsonDocument { { "a", 1 }, { "b", "x" }, { "c", new BsonDocument("d", true) } };

        Assert.Equal(["a", "b", "c"], document.Names);
        Assert.Equal(3, document.ElementCount);
        Assert.Equal("x", document["b"].AsString);
        Assert.True(document["c"]["d"].AsBoolean);
        Assert.Equal(1, new BsonDocument("a", 1)["a"].AsInt32);
    }

    [Fact]
    public void Indexer_MissingName_ThrowsKeyNotFoundExceptionNamingTheKey()
    {
        var document = new BsonDocument("a", 1);

        var exception = Assert.Throws<KeyNotFoundException>(() => document["missing"]);

        Assert.Contains("'missing'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_DuplicateName_ThrowsUnlessDuplicatesAreAllowed()
    {
        var strict = new BsonDocument("a", 1);
        var lenient = new BsonDocument(allowDuplicateNames: true) { { "a", 1 }, { "a", 2 } };

        Assert.Throws<ArgumentException>(() => strict.Add("a", 2));
        Assert.Equal(2, lenient.ElementCount);
        Assert.Equal(1, lenient["a"].AsInt32);
    }

    [Fact]
    public void Set_ReplacesTheFirstElementOrAppends()
    {
        var document = new BsonDocument(allowDuplicateNames: true) { { "a", 1 }, { "b", 2 }, { "a", 3 } };

        document.Set("a", 10).Set("c", 4);
        document["b"] = 20;

        Assert.Equal(new BsonDocument(allowDuplicateNames: true) { { "a", 10 }, { "b", 20 }, { "a", 3 }, { "c", 4 } }, document);
    }

    [Fact]
    public void Remove_RemovesEveryElementWithTheName()
    {
        var document = new BsonDocument(allowDuplicateNames: true) { { "a", 1 }, { "b", 2 }, { "a", 3 } };

        Assert.True(document.Remove("a"));
        Assert.False(document.Remove("a"));
        Assert.Equal(new BsonDocument("b", 2), document);
    }

    [Fact]
    public void PositionalMembers_ReadAndChangeElements()
    {
        var document = new BsonDocument { { "a", 1 }, { "b", 2 }, { "c", 3 } };

        document.RemoveAt(1);
        document.InsertAt(0, new BsonElement("z", 0));
        document[1] = 100;
        document.SetElement(2, new BsonElement("y", 5));

        Assert.Equal(new BsonDocument { { "z", 0 }, { "a", 100 }, { "y", 5 } }, document);
        Assert.Equal(new BsonElement("a", 100), document.GetElement(1));
        Assert.Equal(100, document[1].AsInt32);
        Assert.False(document.Contains("c"));
        Assert.Throws<ArgumentOutOfRangeException>(() => document[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => document.InsertAt(5, new BsonElement("q", 1)));
        Assert.Throws<ArgumentException>(() => document.InsertAt(0, new BsonElement("a", 1)));
    }

    [Fact]
    public void LookupsOnLargeDocuments_StayCorrectAcrossRandomMutations()
    {
        var random = new Random(42);
        var document = new BsonDocument(allowDuplicateNames: true);
        var model = new List<(string Name, int Value)>();

        for (var step = 0; step < 4000; step++)
        {
            var name = "f" + random.Next(40);
            var value = random.Next();
            switch (random.Next(8))
            {
                case 0:
                case 1:
                    document.Add(name, value);
                    model.Add((name, value));
                    break;
                case 2:
                    SetInBoth(document, model, name, value);
                    break;
                case 3:
                    RemoveFromBoth(document, model, name);
                    break;
                case 4 when model.Count > 0:
                    RemoveAtInBoth(document, model, random.Next(model.Count));
                    break;
                case 5:
                    InsertAtInBoth(document, model, random.Next(model.Count + 1), name, value);
                    break;
                case 6 when model.Count > 0:
                    RenameAtInBoth(document, model, random.Next(model.Count), name, value);
                    break;
                case 7 when random.Next(20) == 0:
                    document.Clear();
                    model.Clear();
                    break;
            }

            var probe = "f" + random.Next(42);
            var expected = model.FindIndex(e => e.Name == probe);
            Assert.Equal(expected, document.IndexOfName(probe));
            Assert.Equal(expected >= 0, document.TryGetValue(probe, out var found));
            if (expected >= 0)
            {
                Assert.Equal(model[expected].Value, found!.AsInt32);
            }
        }

        Assert.Equal(model.Select(e => e.Name), document.Names);
    }

    [Fact]
    public void FromBson_KeepsDuplicateNamesInOrderAndLooksUpTheFirst()
    {
        // {"a": 1, "a": 2}
        var bytes = Convert.FromHexString("13000000106100010000001061000200000000");

        var document = BsonDocument.FromBson(bytes);

        Assert.Equal(2, document.ElementCount);
        Assert.Equal(1, document["a"].AsInt32);
        Assert.Equal(2, document[1].AsInt32);
        Assert.Throws<ArgumentException>(() => document.Add("a", 3));
        Assert.Equal(bytes, document.ToBson());
    }

    [Fact]
    public void FromBson_WithBytesAfterTheDocument_Throws()
    {
        var bytes = Convert.FromHexString("050000000000");

        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.FromBson(bytes));

        Assert.Equal(5, exception.Offset);
    }

    [Fact]
    public void Merge_AppendsNewNamesAndOverwritesOnlyWhenAsked()
    {
        var document = new BsonDocument { { "a", 1 }, { "b", 2 } };
        var other = new BsonDocument { { "b", 20 }, { "c", 30 } };

        Assert.Equal(new BsonDocument { { "a", 1 }, { "b", 2 }, { "c", 30 } }, document.DeepClone().Merge(other, overwrite: false));
        Assert.Equal(new BsonDocument { { "a", 1 }, { "b", 20 }, { "c", 30 } }, document.DeepClone().Merge(other, overwrite: true));
    }

    [Fact]
    public void GetValue_ReturnsTheDefaultWhenMissing()
    {
        var document = new BsonDocument("a", 1);

        Assert.Equal(1, document.GetValue("a", 5).AsInt32);
        Assert.Equal(5, document.GetValue("z", 5).AsInt32);
        Assert.Null(document.GetValue("z", null));
    }

    [Fact]
    public void Enumeration_WhileModifying_Throws()
    {
        var document = new BsonDocument { { "a", 1 }, { "b", 2 } };

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var element in document)
            {
                document.Set("c", 3);
            }
        });
    }

    [Fact]
    public void DecodedDocument_FirstChangeDuringEnumeration_Throws()
    {
        var document = BsonDocument.FromBson(new BsonDocument { { "a", 1 }, { "b", 2 } }.ToBson());

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var element in document)
            {
                document[0] = 5;
            }
        });
    }

    [Fact]
    public void DecodedDocument_LookupDuringEnumeration_DoesNotInvalidateIt()
    {
        var source = new BsonDocument();
        for (var i = 0; i < 12; i++)
        {
            source.Add("n" + i, i);
        }

        var document = BsonDocument.FromBson(source.ToBson());
        var sum = 0;
        foreach (var element in document)
        {
            sum += document[element.Name].AsInt32;
        }

        Assert.Equal(66, sum);
    }

    [Fact]
    public void DecodedDocument_RemovingAMissingName_ChangesNothing()
    {
        var document = BsonDocument.FromBson(new BsonDocument { { "a", 1 }, { "b", 2 } }.ToBson());

        foreach (var element in document)
        {
            Assert.False(document.Remove("zz"));
        }

        Assert.Equal(["a", "b"], document.Names);
        Assert.False(document.AllowDuplicateNames);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public void DecodedDocument_LookupsStayCorrectAcrossRandomMutations(int initialCount)
    {
        var random = new Random(initialCount);
        var source = new BsonDocument(allowDuplicateNames: true);
        var model = new List<(string Name, int Value)>();
        for (var i = 0; i < initialCount; i++)
        {
            var name = "f" + random.Next(40);
            source.Add(name, i);
            model.Add((name, i));
        }

        // Decoded documents start exactly sized and move their bookkeeping aside on the first change.
        var document = BsonDocument.FromBson(source.ToBson());
        for (var step = 0; step < 500; step++)
        {
            var name = "f" + random.Next(40);
            var value = random.Next();
            switch (random.Next(6))
            {
                case 0:
                    SetInBoth(document, model, name, value);
                    break;
                case 1:
                    RemoveFromBoth(document, model, name);
                    break;
                case 2 when model.Count > 0:
                    RemoveAtInBoth(document, model, random.Next(model.Count));
                    break;
                case 3 when model.FindIndex(e => e.Name == name) < 0:
                    InsertAtInBoth(document, model, random.Next(model.Count + 1), name, value);
                    break;
                case 4 when model.Count > 0:
                    var replaceAt = random.Next(model.Count);
                    document[replaceAt] = value;
                    model[replaceAt] = (model[replaceAt].Name, value);
                    break;
                case 5 when model.Count > 0:
                    RenameAtInBoth(document, model, random.Next(model.Count), name, value);
                    break;
            }

            var probe = "f" + random.Next(42);
            var expected = model.FindIndex(e => e.Name == probe);
            Assert.Equal(expected, document.IndexOfName(probe));
            Assert.Equal(model.Count, document.ElementCount);
        }

        Assert.Equal(model.Select(e => e.Name), document.Names);
        Assert.Equal(model.Select(e => e.Value), document.Values.Select(v => v.AsInt32));
        Assert.Equal(document, BsonDocument.FromBson(document.ToBson()));
    }

    [Fact]
    public void DeepClone_KeepsTheDuplicateNamePolicy()
    {
        var lenient = new BsonDocument(allowDuplicateNames: true) { { "a", 1 }, { "a", 2 } };
        var strict = BsonDocument.FromBson(lenient.ToBson());

        var lenientCopy = lenient.DeepClone();
        var strictCopy = strict.DeepClone();

        Assert.True(lenientCopy.AllowDuplicateNames);
        lenientCopy.Add("a", 3);
        Assert.Equal(3, lenientCopy.ElementCount);
        Assert.False(strictCopy.AllowDuplicateNames);
        Assert.Throws<ArgumentException>(() => strictCopy.Add("a", 3));
        Assert.Equal(lenient, strictCopy);
    }

    [Fact]
    public void ValuesAndElements_EnumerateInOrder()
    {
        var document = new BsonDocument { { "a", 1 }, { "b", "x" } };

        Assert.Equal(new BsonValue[] { 1, "x" }, document.Values);
        Assert.Equal([new BsonElement("a", 1), new BsonElement("b", "x")], document.Elements);
    }

    [Fact]
    public void ClearAndIndex_KeepWorkingOnLargeDocuments()
    {
        var document = new BsonDocument();
        for (var i = 0; i < 20; i++)
        {
            document.Add("n" + i, i);
        }

        Assert.Equal(15, document["n15"].AsInt32);
        document.Clear();
        Assert.False(document.Contains("n15"));
        document.Add("n15", 1);
        Assert.Equal(0, document.IndexOfName("n15"));
    }

    [Fact]
    public void WriteTo_AnyBufferWriter_WritesTheSameBytesAsToBson()
    {
        var document = new BsonDocument { { "a", 1 }, { "b", new BsonArray { "x", 2.5 } } };
        var destination = new ArrayBufferWriter<byte>();

        document.WriteTo(destination);

        Assert.Equal(document.ToBson(), destination.WrittenSpan.ToArray());
    }

    [Fact]
    public void ToBson_EncodesASimpleDocumentByTheSpecification()
    {
        var document = new BsonDocument("hello", "world");

        Assert.Equal("160000000268656C6C6F0006000000776F726C640000", Convert.ToHexString(document.ToBson()));
    }

    // Random-mutation tests apply each change to the document and to a plain list of (name, value) pairs.
    private static void SetInBoth(BsonDocument document, List<(string Name, int Value)> model, string name, int value)
    {
        document.Set(name, value);
        var first = model.FindIndex(e => e.Name == name);
        if (first < 0)
        {
            model.Add((name, value));
        }
        else
        {
            model[first] = (name, value);
        }
    }

    private static void RemoveFromBoth(BsonDocument document, List<(string Name, int Value)> model, string name)
    {
        document.Remove(name);
        model.RemoveAll(e => e.Name == name);
    }

    private static void RemoveAtInBoth(BsonDocument document, List<(string Name, int Value)> model, int index)
    {
        document.RemoveAt(index);
        model.RemoveAt(index);
    }

    private static void InsertAtInBoth(BsonDocument document, List<(string Name, int Value)> model, int index, string name, int value)
    {
        document.InsertAt(index, new BsonElement(name, value));
        model.Insert(index, (name, value));
    }

    private static void RenameAtInBoth(BsonDocument document, List<(string Name, int Value)> model, int index, string name, int value)
    {
        document.SetElement(index, new BsonElement(name, value));
        model[index] = (name, value);
    }
}
