using MongoPatterns.Bson.IO;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Bson.Tests.Serialization.Mapping;

/// <summary>Objects go straight between the instance and the binary reader/writer: no intermediate documents, no boxing.</summary>
public sealed class ClassMapAllocationTests
{
    [Fact]
    public void SerializingAClassOfScalars_AllocatesNothing()
    {
        var serializer = BsonSerializerRegistry.Default.GetSerializer<Reading>();
        var value = new Reading { Id = ObjectId.GenerateNewId(), Sensor = 7, Value = 21.5, Count = 1L << 40, Ok = true, At = DateTime.UtcNow, Unit = Unit.Kelvin };
        using var writer = new BsonBinaryWriter();
        serializer.Serialize(writer, value);
        writer.Buffer.Clear();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            writer.Buffer.Clear();
            serializer.Serialize(writer, value);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void DeserializingAClassOfScalars_AllocatesOnlyTheInstance()
    {
        var serializer = BsonSerializerRegistry.Default.GetSerializer<Reading>();
        var bytes = BsonSerializer.Serialize(new Reading { Id = ObjectId.GenerateNewId(), Sensor = 7, Value = 21.5, Ok = true, Unit = Unit.Celsius });
        Read(serializer, bytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var copy = Read(serializer, bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(7, copy.Sensor);
        Assert.True(allocated <= 100, $"Reading one instance allocated {allocated} bytes.");
    }

    [Fact]
    public void DocumentsInOtherElementOrders_AreReadThroughTheNameTable()
    {
        var document = new BsonDocument { { "unit", 1 }, { "ok", true }, { "value", 2.5 }, { "sensor", 3 } };

        var copy = BsonSerializer.Deserialize<Reading>(document);

        Assert.Equal((3, 2.5, true, Unit.Kelvin), (copy.Sensor, copy.Value, copy.Ok, copy.Unit));
    }

    private static Reading Read(IBsonSerializer<Reading> serializer, byte[] bytes)
    {
        var reader = new BsonBinaryReader(bytes);
        return serializer.Deserialize(ref reader, BsonType.Document);
    }

    public enum Unit
    {
        Celsius,
        Kelvin,
    }

    public sealed class Reading
    {
        public ObjectId Id { get; set; }

        public int Sensor { get; set; }

        public double Value { get; set; }

        public long Count { get; set; }

        public bool Ok { get; set; }

        [BsonIgnoreIfDefault]
        public DateTime At { get; set; }

        public Unit Unit { get; set; }
    }
}
