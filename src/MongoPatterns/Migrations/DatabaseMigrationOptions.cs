namespace MongoPatterns.Migrations;

/// <summary>Where startup migrations are recorded and how instances take turns applying them.</summary>
public sealed class DatabaseMigrationOptions
{
    /// <summary>Gets or sets the registered database (<c>AddDatabase(name)</c>) startup migrations run against and are recorded in; <see langword="null"/> (the default) for the main database.</summary>
    public string? DatabaseName { get; set; }

    /// <summary>Gets or sets the collection that records applied migrations and holds the lease. Default <c>_migrations</c>.</summary>
    public string CollectionName { get; set; } = "_migrations";

    /// <summary>Gets or sets how long a lease lasts unless renewed; an instance that dies frees it after this long. Default 30 seconds.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how often the lease holder renews it (must be well under <see cref="LeaseDuration"/>). Default 10 seconds.</summary>
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the first wait between attempts to take a held lease; it doubles up to <see cref="MaxLeasePollInterval"/>. Default 100 ms.</summary>
    public TimeSpan LeasePollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Gets or sets the longest wait between attempts to take a held lease. Default 2 seconds.</summary>
    public TimeSpan MaxLeasePollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets how long an instance waits for the lease before startup fails. Default 10 minutes.</summary>
    public TimeSpan LeaseWaitTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the name this instance writes into the lease. Default: machine name, process id and a random suffix.</summary>
    public string InstanceId { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
