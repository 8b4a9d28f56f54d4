namespace MongoPatterns.Bson.Serialization.Conventions;

/// <summary>How the element names of mapped members are derived from their .NET names.</summary>
public enum ElementNameConvention
{
    /// <summary>
    /// camelCase, as <see cref="System.Text.Json.JsonNamingPolicy.CamelCase"/> does it (<c>FirstName</c> becomes
    /// <c>firstName</c>, <c>ID</c> becomes <c>id</c>), so documents match the JSON an ASP.NET Core API returns.
    /// </summary>
    CamelCase,

    /// <summary>The .NET member name unchanged.</summary>
    AsIs,
}
