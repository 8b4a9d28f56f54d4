namespace MongoPatterns.Configuration;

/// <summary>
/// A named database (<c>AddDatabase("analytics", o =&gt; ...)</c> or <c>MongoPatterns:Databases:analytics</c>). Databases
/// with the same connection string share one client and its connection pool.
/// </summary>
public sealed class MongoDatabaseOptions
{
    /// <summary>Gets or sets the connection string (default: <c>MongoPatternsOptions.ConnectionString</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the database name on the server (default: the database in this connection string's path, else the registered name).</summary>
    public string? DatabaseName { get; set; }
}
