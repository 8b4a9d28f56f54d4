using MongoPatterns.Bson;
using MongoPatterns.Migrations;

namespace MongoPatterns.Samples.WebApi.Users;

/// <summary>
/// Version 2 of <see cref="User"/>: version 1 stored an <c>isAdmin</c> flag; version 2 stores a <c>role</c>
/// (<c>admin</c> or <c>member</c>). Reads upgrade v1 documents on the fly; the startup sweep rewrites them.
/// </summary>
public sealed class UserRoleMigration : DocumentMigration<User>
{
    /// <inheritdoc />
    public override int Version => 2;

    /// <inheritdoc />
    public override void Up(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var isAdmin = document.TryGetValue("isAdmin", out var flag) && flag.IsBoolean && flag.AsBoolean;
        document.Remove("isAdmin");
        document.Set("role", isAdmin ? "admin" : "member");
    }

    /// <inheritdoc />
    public override void Down(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var isAdmin = document.TryGetValue("role", out var role) && role.IsString && role.AsString == "admin";
        document.Remove("role");
        document.Set("isAdmin", isAdmin);
    }
}
