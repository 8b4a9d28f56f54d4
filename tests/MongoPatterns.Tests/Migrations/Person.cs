using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>The test entity at schema version 3: v1 had <c>name</c>, v2 renamed it to <c>fullName</c>, v3 split it into first and last name.</summary>
[SchemaVersion(3)]
public sealed class Person
{
    public int Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public int Visits { get; set; }

    /// <summary>Gets or sets the versions of the steps applied to the stored document (each test step appends its version), to prove every step ran exactly once.</summary>
    public List<int> Steps { get; set; } = [];
}
