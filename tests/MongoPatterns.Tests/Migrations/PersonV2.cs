using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>The same documents as <see cref="Person"/>, as older code (schema version 2) sees them.</summary>
[SchemaVersion(2)]
public sealed class PersonV2
{
    public int Id { get; set; }

    public string FullName { get; set; } = "";

    public int Visits { get; set; }

    public List<int> Steps { get; set; } = [];
}
