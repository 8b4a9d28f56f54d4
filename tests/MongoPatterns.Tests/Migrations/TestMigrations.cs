using MongoPatterns.Bson;
using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>v1 → v2: renames <c>name</c> to <c>fullName</c>.</summary>
public class RenameNameMigration<T> : DocumentMigration<T>
{
    public override int Version => 2;

    public override void Up(BsonDocument document)
    {
        document.Set("fullName", document["name"]);
        document.Remove("name");
        StepLog.Append(document, Version);
    }

    public override void Down(BsonDocument document)
    {
        document.Set("name", document["fullName"]);
        document.Remove("fullName");
    }
}

/// <summary>v2 → v3: splits <c>fullName</c> into <c>firstName</c> and <c>lastName</c>.</summary>
public class SplitFullNameMigration<T> : DocumentMigration<T>
{
    public override int Version => 3;

    public override void Up(BsonDocument document)
    {
        var parts = document["fullName"].ToString().Split(' ', 2);
        document.Remove("fullName");
        document.Set("firstName", parts[0]);
        document.Set("lastName", parts.Length > 1 ? parts[1] : "");
        StepLog.Append(document, Version);
    }

    public override void Down(BsonDocument document)
    {
        document.Set("fullName", $"{document["firstName"]} {document["lastName"]}");
        document.Remove("firstName");
        document.Remove("lastName");
    }
}

/// <summary>A step with only an Up.</summary>
public class UpOnlyMigration<T>(int version) : DocumentMigration<T>
{
    public override int Version => version;

    public override void Up(BsonDocument document) => StepLog.Append(document, Version);
}

/// <summary>The concrete v1 → v2 step of <see cref="Person"/> (found by assembly scanning).</summary>
public sealed class PersonRenameName : RenameNameMigration<Person>;

/// <summary>The concrete v2 → v3 step of <see cref="Person"/> (found by assembly scanning).</summary>
public sealed class PersonSplitFullName : SplitFullNameMigration<Person>;

/// <summary>Appends the version of each applied step to the document's <c>steps</c> array (the exactly-once counter).</summary>
public static class StepLog
{
    public static void Append(BsonDocument document, int version)
    {
        if (!document.TryGetValue("steps", out var steps))
        {
            steps = new BsonArray();
            document.Set("steps", steps);
        }

        ((BsonArray)steps).Add(new BsonInt32(version));
    }
}
