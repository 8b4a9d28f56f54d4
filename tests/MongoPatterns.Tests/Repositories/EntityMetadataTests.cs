using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Exceptions;
using MongoPatterns.Repositories;
using MongoPatterns.Tests.Infrastructure;

namespace MongoPatterns.Tests.Repositories;

public class EntityMetadataTests
{
    private static EntityMetadata<T> Metadata<T>()
        where T : class
    {
        var registry = new BsonSerializerRegistry();
        return new EntityMetadata<T>(registry.GetClassMap<T>(), registry.GetSerializer<T>());
    }

    private static BsonValue ThroughSerializer<T>(EntityMetadata<T> metadata, object id)
        where T : class => metadata.IdMember!.SerializationInfo.SerializeValue(id);

    [Fact]
    public void IdToBson_CommonIdTypes_GivesWhatTheIdSerializerGives()
    {
        var objectId = ObjectId.GenerateNewId();
        var items = Metadata<Item>();
        var users = Metadata<User>();
        var orders = Metadata<StrictOrder>();
        var counters = Metadata<Counter>();

        Assert.Equal(ThroughSerializer(items, objectId), items.IdToBson(objectId));
        Assert.Equal(ThroughSerializer(users, objectId.ToString()), users.IdToBson(objectId.ToString()));
        Assert.Equal(ThroughSerializer(orders, objectId.ToString()), orders.IdToBson(objectId.ToString()));
        Assert.Equal(ThroughSerializer(counters, 42), counters.IdToBson(42));
        Assert.Equal(BsonType.ObjectId, orders.IdToBson(objectId.ToString().ToUpperInvariant()).BsonType);
    }

    [Fact]
    public void IdToBson_MalformedObjectIdString_StillThrowsInvalidIdException()
    {
        var orders = Metadata<StrictOrder>();

        Assert.Throws<InvalidIdException>(() => orders.IdToBson("not-an-object-id-at-all!"));
        Assert.Throws<InvalidIdException>(() => orders.IdToBson("nope"));
    }
}
