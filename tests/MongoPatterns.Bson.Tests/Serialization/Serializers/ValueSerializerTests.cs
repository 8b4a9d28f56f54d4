using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Bson.Serialization.Conventions;
using static MongoPatterns.Bson.Tests.Serialization.SerializationAssert;

namespace MongoPatterns.Bson.Tests.Serialization.Serializers;

public sealed class ValueSerializerTests
{
    private static readonly Guid s_guid = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

    [Fact]
    public void Boolean_String_Char_ObjectId_RoundTrip()
    {
        var id = ObjectId.GenerateNewId();
        var value = new Scalars(true, "héllo\0world", 'x', id, [1, 2, 3], new Uri("https://example.org/a?b=c"), new Uri("relative/path", UriKind.Relative));

        var document = ToDocument(value);
        var copy = RoundTrip(value);

        Assert.Equal(BsonBoolean.True, document["flag"]);
        Assert.Equal(new BsonInt32('x'), document["letter"]);
        Assert.Equal(new BsonObjectId(id), document["objectId"]);
        Assert.Equal(BsonType.Binary, document["bytes"].BsonType);
        Assert.Equal(new BsonString("https://example.org/a?b=c"), document["link"]);
        Assert.Equal(value.Text, copy.Text);
        Assert.Equal(value.Bytes, copy.Bytes);
        Assert.Equal(value.Link, copy.Link);
        Assert.Equal(value.Relative, copy.Relative);
        Assert.Equal((value.Flag, value.Letter, value.ObjectId), (copy.Flag, copy.Letter, copy.ObjectId));
    }

    [Fact]
    public void Char_AsString_RoundTrips()
    {
        var document = ToDocument(new CharAsString { Letter = 'é' });

        Assert.Equal(new BsonString("é"), document["letter"]);
        Assert.Equal('é', FromDocument<CharAsString>(document).Letter);
    }

    [Fact]
    public void String_ReadsSymbolsAndObjectIds()
    {
        var id = ObjectId.GenerateNewId();

        Assert.Equal("sym", FromDocument<Box<string>>(new BsonDocument("value", new BsonSymbol("sym"))).Value);
        Assert.Equal(id.ToString(), FromDocument<Box<string>>(new BsonDocument("value", id)).Value);
    }

    [Fact]
    public void Guid_IsStoredAsStandardUuid_Subtype4_InRfcByteOrder()
    {
        var document = ToDocument(new Box<Guid>(s_guid));
        var binary = (BsonBinaryData)document["value"];

        Assert.Equal(BsonBinarySubType.UuidStandard, binary.SubType);
        Assert.Equal(Convert.FromHexString("00112233445566778899AABBCCDDEEFF"), binary.ToByteArray());
        Assert.Equal(s_guid, FromDocument<Box<Guid>>(document).Value);
    }

    [Fact]
    public void Guid_WithLegacyConvention_UsesSubtype3_AndRejectsSubtype4()
    {
        var registry = new BsonSerializerRegistry(new BsonConventions { GuidRepresentation = GuidRepresentation.CSharpLegacy });

        var document = ToDocument(new Box<Guid>(s_guid), registry);
        var binary = (BsonBinaryData)document["value"];

        Assert.Equal(BsonBinarySubType.UuidLegacy, binary.SubType);
        Assert.Equal(s_guid.ToByteArray(), binary.ToByteArray());
        Assert.Equal(s_guid, FromDocument<Box<Guid>>(document, registry).Value);
        var exception = ReadFails<Box<Guid>>(new BsonDocument("value", new BsonBinaryData(s_guid)), registry);
        Assert.Contains("does not match the configured GuidRepresentation", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Guid_AsString_RoundTrips()
    {
        var document = ToDocument(new GuidAsString { Key = s_guid });

        Assert.Equal(new BsonString("00112233-4455-6677-8899-aabbccddeeff"), document["key"]);
        Assert.Equal(s_guid, FromDocument<GuidAsString>(document).Key);
    }

    [Fact]
    public void ObjectId_AsString_RoundTrips()
    {
        var id = ObjectId.GenerateNewId();
        var document = ToDocument(new ObjectIdAsString { Reference = id });

        Assert.Equal(new BsonString(id.ToString()), document["reference"]);
        Assert.Equal(id, FromDocument<ObjectIdAsString>(document).Reference);
    }

    [Fact]
    public void ByteArray_ReadsAnySubtype_AndNull()
    {
        Assert.Equal([9, 8], FromDocument<Box<byte[]?>>(new BsonDocument("value", new BsonBinaryData([9, 8], BsonBinarySubType.Md5))).Value);
        Assert.Null(FromDocument<Box<byte[]?>>(new BsonDocument("value", BsonNull.Value)).Value);
    }

    [Fact]
    public void Nullable_WritesNull_AndReadsBoth()
    {
        Assert.Equal(BsonNull.Value, ToDocument(new Box<int?>(null))["value"]);
        Assert.Equal(new BsonInt32(3), ToDocument(new Box<int?>(3))["value"]);
        Assert.Null(RoundTrip(new Box<int?>(null)).Value);
        Assert.Equal(3, RoundTrip(new Box<int?>(3)).Value);
        Assert.Equal(s_guid, RoundTrip(new Box<Guid?>(s_guid)).Value);
    }

    [Fact]
    public void NullForNonNullableValue_Throws()
    {
        var exception = ReadFails<Box<int>>(new BsonDocument("value", BsonNull.Value));

        Assert.Contains("expected a number but found Null", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_DefaultsToInt32_AndReadsNamesToo()
    {
        var document = ToDocument(new Box<Color>(Color.Blue));

        Assert.Equal(new BsonInt32(2), document["value"]);
        Assert.Equal(Color.Blue, FromDocument<Box<Color>>(document).Value);
        Assert.Equal(Color.Green, FromDocument<Box<Color>>(new BsonDocument("value", "Green")).Value);
        Assert.Equal(Color.Green, FromDocument<Box<Color>>(new BsonDocument("value", "green")).Value);
        Assert.Equal(Color.Green, FromDocument<Box<Color>>(new BsonDocument("value", 1L)).Value);
    }

    [Fact]
    public void Enum_WithStringRepresentationAttribute_StoresTheName()
    {
        var value = new EnumAsString { Color = Color.Green, Options = Options.Read | Options.Write, Undefined = (Color)42 };

        var document = ToDocument(value);

        Assert.Equal(new BsonString("Green"), document["color"]);
        Assert.Equal(new BsonString("Read, Write"), document["options"]);
        Assert.Equal(new BsonString("42"), document["undefined"]);
        Assert.Equal(value, FromDocument<EnumAsString>(document));
    }

    [Fact]
    public void Enum_WithStringConvention_StoresTheName()
    {
        var registry = new BsonSerializerRegistry(new BsonConventions { EnumRepresentation = BsonType.String });

        var document = ToDocument(new Box<Color>(Color.Blue), registry);

        Assert.Equal(new BsonString("Blue"), document["value"]);
        Assert.Equal(Color.Blue, FromDocument<Box<Color>>(document, registry).Value);
    }

    [Fact]
    public void Enum_WithInt64UnderlyingType_DefaultsToInt64()
    {
        Assert.Equal(new BsonInt64(long.MaxValue), ToDocument(new Box<Huge>(Huge.Max))["value"]);
        Assert.Equal(Huge.Max, RoundTrip(new Box<Huge>(Huge.Max)).Value);
    }

    [Fact]
    public void Enum_UnknownName_Throws()
    {
        var exception = ReadFails<Box<Color>>(new BsonDocument("value", "Purple"));

        Assert.Contains("\"Purple\" is not a member of Color", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_OutOfRangeNumber_Throws() =>
        ReadFails<Box<Small>>(new BsonDocument("value", 300));

    public enum Color
    {
        Red,
        Green,
        Blue,
    }

    [Flags]
    public enum Options
    {
        None = 0,
        Read = 1,
        Write = 2,
    }

    public enum Huge : long
    {
        Max = long.MaxValue,
    }

    public enum Small : byte
    {
        One = 1,
    }

    public sealed record Scalars(bool Flag, string Text, char Letter, ObjectId ObjectId, byte[] Bytes, Uri Link, Uri Relative);

    public sealed class CharAsString
    {
        [BsonRepresentation(BsonType.String)]
        public char Letter { get; set; }
    }

    public sealed class GuidAsString
    {
        [BsonRepresentation(BsonType.String)]
        public Guid Key { get; set; }
    }

    public sealed class ObjectIdAsString
    {
        [BsonRepresentation(BsonType.String)]
        public ObjectId Reference { get; set; }
    }

    public sealed record EnumAsString
    {
        [BsonRepresentation(BsonType.String)]
        public Color Color { get; init; }

        [BsonRepresentation(BsonType.String)]
        public Options Options { get; init; }

        [BsonRepresentation(BsonType.String)]
        public Color Undefined { get; init; }
    }
}
