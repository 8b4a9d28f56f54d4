using MongoPatterns.Bson;
using MongoPatterns.Migrations;
using MongoPatterns.Samples.Tour.Model;

namespace MongoPatterns.Samples.Tour.Migrations;

/// <summary>Version 3 of <see cref="Contact"/>: <c>fullName</c> is split into <c>givenName</c> and <c>familyName</c>.</summary>
internal sealed class ContactNameSplitMigration : DocumentMigration<Contact>
{
    public override int Version => 3;

    public override void Up(BsonDocument document)
    {
        var fullName = document.TryGetValue("fullName", out var value) && value.IsString ? value.AsString : string.Empty;
        var parts = fullName.Split(' ', 2, StringSplitOptions.TrimEntries);
        document.Remove("fullName");
        document.Set("givenName", parts[0]);
        document.Set("familyName", parts.Length > 1 ? parts[1] : string.Empty);
    }
}
