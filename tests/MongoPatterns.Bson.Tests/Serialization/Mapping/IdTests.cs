using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Bson.Serialization.Conventions;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Mapping;

public sealed class IdTests
{
    [Fact]
    public void EnsureId_GeneratesAnObjectId_ForAnEmptyObjectIdId()
    {
        var provider = IdProvider<WithObjectId>();
        var document = new WithObjectId();

        Assert.False(provider.TryGetId(document, out var missing));
        Assert.Null(missing);
        var id = provider.EnsureId(document);

        Assert.NotEqual(ObjectId.Empty, document.Id);
        Assert.Equal(new BsonObjectId(document.Id), id);
        Assert.True(provider.TryGetId(document, out var present));
        Assert.Equal(id, present);
        Assert.Equal(id, provider.EnsureId(document));
    }

    [Fact]
    public void EnsureId_GeneratesAnObjectIdString_ForAStringIdStoredAsObjectId()
    {
        var document = new WithStringId();

        var id = IdProvider<WithStringId>().EnsureId(document);

        Assert.True(ObjectId.TryParse(document.Id, out var parsed));
        Assert.Equal(new BsonObjectId(parsed), id);
        Assert.Equal(BsonType.ObjectId, ToDocument(document)["_id"].BsonType);
    }

    [Fact]
    public void EnsureId_GeneratesAVersion7Guid_ForAnEmptyGuidId()
    {
        var document = new WithGuidId();

        var id = IdProvider<WithGuidId>().EnsureId(document);

        Assert.NotEqual(Guid.Empty, document.Id);
        Assert.Equal(7, document.Id.ToString("D")[14] - '0');
        Assert.Equal(new BsonBinaryData(document.Id), id);
    }

    [Fact]
    public void EnsureId_FillsNullableIds_AndInitOnlyIds()
    {
        var nullable = new WithNullableObjectId();
        var record = new RecordWithId(ObjectId.Empty, "r");

        IdProvider<WithNullableObjectId>().EnsureId(nullable);
        IdProvider<RecordWithId>().EnsureId(record);

        Assert.NotNull(nullable.Id);
        Assert.NotEqual(ObjectId.Empty, record.Id);
    }

    [Fact]
    public void EnsureId_LeavesOtherIdTypesAlone_AndTryGetIdCountsZeroAsAnId()
    {
        var provider = IdProvider<WithIntId>();
        var document = new WithIntId();

        Assert.Equal(new BsonInt32(0), provider.EnsureId(document));
        Assert.Equal(0, document.Id);
        Assert.True(provider.TryGetId(document, out var id));
        Assert.Equal(new BsonInt32(0), id);
    }

    [Fact]
    public void ExistingIds_AreKept()
    {
        var id = ObjectId.GenerateNewId();
        var document = new WithObjectId { Id = id };

        IdProvider<WithObjectId>().EnsureId(document);

        Assert.Equal(id, document.Id);
    }

    [Fact]
    public void TypeWithoutId_IsNoIdProvider() =>
        Assert.False(BsonSerializerRegistry.Default.GetSerializer<NoId>() is IBsonIdProvider<NoId>);

    [Fact]
    public void BsonIdAttribute_MakesAnyMemberTheId()
    {
        var document = ToDocument(new CustomKey { Key = "k", Id = 5 });

        Assert.Equal(new BsonDocument { { "_id", "k" }, { "id", 5 } }, document);
        Assert.Equal("k", FromDocument<CustomKey>(document).Key);
    }

    [Fact]
    public void StringIdConvention_StoresObjectIdsAsObjectIds_AndOtherStringsAsStrings()
    {
        var hex = ObjectId.GenerateNewId().ToString();

        Assert.Equal(BsonType.ObjectId, ToDocument(new WithStringId { Id = hex })["_id"].BsonType);
        Assert.Equal(new BsonString("user-1"), ToDocument(new WithStringId { Id = "user-1" })["_id"]);
        Assert.Equal(new BsonString(hex.ToUpperInvariant()), ToDocument(new WithStringId { Id = hex.ToUpperInvariant() })["_id"]);
        Assert.Equal(hex, RoundTrip(new WithStringId { Id = hex }).Id);
        Assert.Equal("user-1", RoundTrip(new WithStringId { Id = "user-1" }).Id);
    }

    [Fact]
    public void StringIdConvention_Off_StoresStrings_AndGeneratesNothing()
    {
        var registry = new BsonSerializerRegistry(new BsonConventions { StringIdStoredAsObjectId = false });
        var hex = ObjectId.GenerateNewId().ToString();
        var document = new WithStringId();

        Assert.Equal(new BsonString(hex), ToDocument(new WithStringId { Id = hex }, registry)["_id"]);
        Assert.Equal(BsonNull.Value, ((IBsonIdProvider<WithStringId>)registry.GetSerializer<WithStringId>()).EnsureId(document));
        Assert.Null(document.Id);
    }

    [Fact]
    public void ObjectIdRepresentationAttribute_IsStrict()
    {
        var id = ObjectId.GenerateNewId();

        Assert.Equal(new BsonObjectId(id), ToDocument(new StrictStringId { Id = id.ToString(), Parent = id.ToString() })["parent"]);
        var exception = Assert.Throws<BsonSerializationException>(() => ToDocument(new StrictStringId { Id = id.ToString(), Parent = "nope" }));
        Assert.Contains("\"nope\" is not an ObjectId", exception.Message, StringComparison.Ordinal);
        Assert.Equal("parent", exception.Path);
    }

    [Fact]
    public void StringRepresentationAttribute_OnAStringId_KeepsAString()
    {
        var hex = ObjectId.GenerateNewId().ToString();

        Assert.Equal(new BsonString(hex), ToDocument(new ExplicitStringId { Id = hex })["_id"]);
    }

    [Fact]
    public void SerializationInfo_RendersValuesAsStored()
    {
        var serializer = (IBsonDocumentSerializer)BsonSerializerRegistry.Default.GetSerializer<WithStringId>();
        var hex = ObjectId.GenerateNewId().ToString();

        Assert.True(serializer.TryGetMemberSerializationInfo("Id", out var info));
        Assert.Equal("_id", info.ElementName);
        Assert.Equal(new BsonObjectId(ObjectId.Parse(hex)), info.SerializeValue(hex));
    }

    private static IBsonIdProvider<T> IdProvider<T>() => (IBsonIdProvider<T>)BsonSerializerRegistry.Default.GetSerializer<T>();

    public sealed class WithObjectId
    {
        public ObjectId Id { get; set; }
    }

    public sealed class WithNullableObjectId
    {
        public ObjectId? Id { get; set; }
    }

    public sealed class WithStringId
    {
        public string? Id { get; set; }
    }

    public sealed class WithGuidId
    {
        public Guid Id { get; set; }
    }

    public sealed class WithIntId
    {
        public int Id { get; set; }
    }

    public sealed record RecordWithId(ObjectId Id, string Name);

    public sealed class NoId
    {
        public string? Name { get; set; }
    }

    public sealed class CustomKey
    {
        [BsonId]
        public string? Key { get; set; }

        public int Id { get; set; }
    }

    public sealed class StrictStringId
    {
        public string? Id { get; set; }

        [BsonRepresentation(BsonType.ObjectId)]
        public string? Parent { get; set; }
    }

    public sealed class ExplicitStringId
    {
        [BsonRepresentation(BsonType.String)]
        public string? Id { get; set; }
    }
}
