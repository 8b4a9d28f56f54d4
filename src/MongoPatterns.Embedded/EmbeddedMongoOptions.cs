using System.Net;
using Microsoft.Extensions.Logging;

namespace MongoPatterns.Embedded;

/// <summary>How an <see cref="EmbeddedMongo"/> server listens and behaves. Validated when the server starts.</summary>
public sealed class EmbeddedMongoOptions
{
    /// <summary>Gets or sets the TCP port; 0 (the default) picks a free ephemeral port.</summary>
    public int Port { get; set; }

    /// <summary>Gets or sets the address to listen on (an IPv4 or IPv6 address, or <c>localhost</c>); default <c>127.0.0.1</c>.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Gets or sets the logger factory for connection and command logs; none by default.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Gets or sets the users. When at least one is configured, authentication is required (SCRAM-SHA-256 and
    /// SCRAM-SHA-1) for every command except the handshake, authentication and a few diagnostics, as on a real mongod.
    /// </summary>
    public IReadOnlyList<EmbeddedMongoUser> Users { get; set; } = [];

    /// <summary>Gets or sets how long an idle cursor stays open (default 10 minutes, like mongod).</summary>
    public TimeSpan CursorTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets how often the TTL monitor deletes expired documents (default 60 s, like mongod).</summary>
    public TimeSpan TtlMonitorInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the clock used for cursor timeouts, TTL expiry and <c>localTime</c> (tests can use a fake one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets a replica set name. When set, the server runs as the single member (and primary) of a replica set
    /// with that name: <c>hello</c> reports <c>setName</c>, <c>hosts</c> and <c>primary</c>, replies carry
    /// <c>$clusterTime</c> and <c>operationTime</c>, and multi-document transactions and retryable writes are available
    /// (drivers require a replica set for them). <see cref="EmbeddedMongo.ConnectionString"/> then ends with
    /// <c>?replicaSet=&lt;name&gt;</c>. Null (the default) runs a standalone, which rejects transaction numbers.
    /// </summary>
    public string? ReplicaSetName { get; set; }

    /// <summary>
    /// Gets or sets how long a multi-document transaction may stay open before the server aborts it
    /// (<c>transactionLifetimeLimitSeconds</c>; default 60 seconds, like mongod). Its next command or commit then fails with
    /// <c>NoSuchTransaction</c>.
    /// </summary>
    public TimeSpan TransactionLifetimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Checks the options and resolves the bind address.</summary>
    /// <returns>The address to bind.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    internal IPAddress Validate()
    {
        if (Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentException($"Port must be between 0 and {IPEndPoint.MaxPort}, got {Port}.", nameof(Port));
        }

        if (CursorTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("CursorTimeout must be positive.", nameof(CursorTimeout));
        }

        if (TtlMonitorInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("TtlMonitorInterval must be positive.", nameof(TtlMonitorInterval));
        }

        if (TimeProvider is null)
        {
            throw new ArgumentException("TimeProvider must not be null.", nameof(TimeProvider));
        }

        if (Users is null || Users.Any(u => u is null))
        {
            throw new ArgumentException("Users must not be null or contain null.", nameof(Users));
        }

        if (TransactionLifetimeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentException("TransactionLifetimeLimit must be positive.", nameof(TransactionLifetimeLimit));
        }

        if (ReplicaSetName is { Length: 0 })
        {
            throw new ArgumentException("ReplicaSetName must not be empty (use null for a standalone).", nameof(ReplicaSetName));
        }

        if (string.IsNullOrWhiteSpace(BindAddress))
        {
            throw new ArgumentException("BindAddress must not be empty.", nameof(BindAddress));
        }

        if (string.Equals(BindAddress, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        var text = BindAddress.Trim('[', ']');
        return IPAddress.TryParse(text, out var address)
            ? address
            : throw new ArgumentException($"BindAddress '{BindAddress}' is not an IP address or 'localhost'.", nameof(BindAddress));
    }
}
