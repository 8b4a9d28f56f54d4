using MongoPatterns.Bson.Serialization;
using MongoPatterns.Caching;
using MongoPatterns.Indexes;
using MongoPatterns.Paging;

namespace MongoPatterns.Configuration;

/// <summary>
/// Settings of MongoPatterns, bound from the <c>MongoPatterns</c> configuration section or set in code with
/// <c>services.AddMongoPatterns(o =&gt; ...)</c>. Validated at startup: a missing or invalid connection string fails the
/// host with a message naming the setting.
/// </summary>
public sealed class MongoPatternsOptions
{
    /// <summary>The configuration section MongoPatterns is usually bound from (<c>MongoPatterns</c>).</summary>
    public const string SectionName = "MongoPatterns";

    /// <summary>The name the main database (<see cref="ConnectionString"/> + <see cref="DatabaseName"/>) is registered under: <c>default</c>.</summary>
    public const string DefaultDatabase = "default";

    /// <summary>Gets or sets the connection string of the main database (<c>mongodb://...</c>); named databases without their own use it too.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the name of the main database (default: the database in the connection string's path).</summary>
    public string? DatabaseName { get; set; }

    /// <summary>Gets or sets the maximum number of pooled connections per server (default: the connection string's <c>maxPoolSize</c>, else 100).</summary>
    public int? MaxPoolSize { get; set; }

    /// <summary>Gets or sets the minimum number of pooled connections per server (default: the connection string's, else 0).</summary>
    public int? MinPoolSize { get; set; }

    /// <summary>Gets or sets the time allowed to open a connection (default: the connection string's, else 10 seconds).</summary>
    public TimeSpan? ConnectTimeout { get; set; }

    /// <summary>Gets or sets the time allowed to find a suitable server (default: the connection string's, else 30 seconds).</summary>
    public TimeSpan? ServerSelectionTimeout { get; set; }

    /// <summary>Gets or sets the socket read/write timeout (default: the connection string's, else none).</summary>
    public TimeSpan? SocketTimeout { get; set; }

    /// <summary>
    /// Gets or sets the most documents a query without a limit may return (default 10,000). Exceeding it throws
    /// <c>MaxResultsExceededException</c> instead of truncating; <c>Limit(...)</c> and <c>AsAsyncEnumerable()</c> are not capped.
    /// </summary>
    public int MaxResults { get; set; } = 10_000;

    /// <summary>Gets or sets how many documents <c>InsertManyAsync</c> sends per batch (default 1,000).</summary>
    public int InsertBatchSize { get; set; } = 1_000;

    /// <summary>Gets or sets the timeout of each database ping of the health check (default 5 seconds).</summary>
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the additional named databases (for example <c>core</c>, <c>analytics</c>, <c>logs</c>), by name (case-insensitive).</summary>
    public Dictionary<string, MongoDatabaseOptions> Databases { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the pagination settings.</summary>
    public PagingOptions Paging { get; } = new();

    /// <summary>Gets the index management settings.</summary>
    public IndexManagementOptions Indexes { get; } = new();

    /// <summary>Gets the query-cache settings (section <c>MongoPatterns:Caching</c>), used once <c>AddQueryCache()</c> is called; <c>Caching.Enabled = false</c> is the kill switch.</summary>
    public QueryCacheOptions Caching { get; } = new();

    /// <summary>Gets or sets the BSON serializer registry used for entities (default: <c>BsonSerializerRegistry.Default</c>). Not bindable from configuration.</summary>
    public BsonSerializerRegistry? SerializerRegistry { get; set; }
}
