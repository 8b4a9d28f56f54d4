using MongoPatterns.Bson;
using MongoPatterns.Migrations;
using MongoPatterns.Samples.Tour.Model;

namespace MongoPatterns.Samples.Tour.Migrations;

/// <summary>Version 2 of <see cref="Contact"/>: the single <c>phone</c> string becomes the <c>phones</c> array.</summary>
internal sealed class ContactPhonesMigration : DocumentMigration<Contact>
{
    public override int Version => 2;

    public override void Up(BsonDocument document)
    {
        var phones = new BsonArray();
        if (document.TryGetValue("phone", out var phone) && phone.IsString)
        {
            phones.Add(phone);
        }

        document.Remove("phone");
        document.Set("phones", phones);
    }
}
