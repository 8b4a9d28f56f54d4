using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Migrations;

namespace MongoPatterns.Samples.Tour.Model;

/// <summary>
/// A customer contact, at schema version 3. Older documents are upgraded on read by the steps in
/// <c>Migrations/</c>: v1 <c>{ fullName, phone }</c>, v2 <c>{ fullName, phones: [] }</c>, v3 <c>{ givenName, familyName, phones: [] }</c>.
/// </summary>
[SchemaVersion(3)]
internal sealed class Contact
{
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    public string GivenName { get; set; } = string.Empty;

    public string FamilyName { get; set; } = string.Empty;

    public List<string> Phones { get; set; } = [];
}
