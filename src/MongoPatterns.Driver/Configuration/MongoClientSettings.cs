using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Driver;

/// <summary>
/// Everything a MongoDB client needs to know to connect: hosts, credentials, timeouts, pool sizes, TLS, read and
/// write defaults. Built from a connection string with <see cref="Parse"/> (Connection String and URI Options
/// specifications) or in code with an object initializer; change a copy with a <c>with</c> expression.
/// </summary>
/// <remarks>
/// <para>
/// Instances are immutable. <see cref="Parse"/> validates everything; settings built in code are validated by
/// <see cref="Validate"/>, which the client calls before it connects.
/// </para>
/// <para>
/// TLS is on when <c>tls=true</c> (or its alias <c>ssl=true</c>) is given, or when the scheme is
/// <c>mongodb+srv://</c> and <c>tls=false</c> is not given. Other <c>tls*</c> options never turn TLS on by themselves.
/// </para>
/// <para>
/// Options given in a connection string replace the defaults; when the same option appears twice, the last value wins
/// and a warning is recorded in <see cref="Warnings"/> (lists such as <c>readPreferenceTags</c> accumulate instead).
/// </para>
/// <para><see cref="ToString"/> prints a connection string with every password replaced by <c>*****</c>.</para>
/// </remarks>
public sealed record MongoClientSettings
{
    private static readonly IReadOnlyList<MongoServerAddress> LocalhostOnly = [new MongoServerAddress("localhost")];

    private readonly bool? _useTls;
    private readonly IReadOnlyList<MongoServerAddress> _hosts = LocalhostOnly;
    private readonly IReadOnlyList<string> _compressors = [];
    private readonly IReadOnlyList<string> _warnings = [];

    /// <summary>Gets the connection string scheme. Default <see cref="ConnectionStringScheme.Standard"/>.</summary>
    public ConnectionStringScheme Scheme { get; init; } = ConnectionStringScheme.Standard;

    /// <summary>
    /// Gets the seed list: the servers to connect to first. Default <c>localhost:27017</c>. With
    /// <see cref="ConnectionStringScheme.Srv"/> this is the single DNS name to resolve.
    /// </summary>
    public IReadOnlyList<MongoServerAddress> Hosts { get => _hosts; init => _hosts = Snapshot(value); }

    /// <summary>Gets the credential, or <see langword="null"/> (the default) to connect without authenticating.</summary>
    public MongoCredential? Credential { get; init; }

    /// <summary>
    /// Gets the database named in the connection string path (<c>mongodb://host/<b>db</b></c>), or
    /// <see langword="null"/>. It is the default authentication source; it does not by itself turn authentication on.
    /// </summary>
    public string? DatabaseName { get; init; }

    /// <summary>Gets the application name sent to the server in the handshake (<c>appname</c>, at most 128 UTF-8 bytes), or <see langword="null"/>.</summary>
    public string? ApplicationName { get; init; }

    /// <summary>Gets how long to wait for a TCP connection to open (<c>connectTimeoutMS</c>). Default 10 seconds; <see cref="TimeSpan.Zero"/> means no limit.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets how long a socket read or write may take (<c>socketTimeoutMS</c>, deprecated in favour of
    /// <see cref="Timeout"/>). Default <see cref="TimeSpan.Zero"/>: no limit.
    /// </summary>
    public TimeSpan SocketTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>Gets how long server selection may block before failing (<c>serverSelectionTimeoutMS</c>). Default 30 seconds.</summary>
    public TimeSpan ServerSelectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets whether a single-threaded client scans the topology only once after a failed server selection
    /// (<c>serverSelectionTryOnce</c>). Default <see langword="true"/>. This multi-threaded driver accepts but does not use it.
    /// </summary>
    public bool ServerSelectionTryOnce { get; init; } = true;

    /// <summary>Gets the interval between server checks (<c>heartbeatFrequencyMS</c>, at least 500 ms). Default 10 seconds.</summary>
    public TimeSpan HeartbeatFrequency { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the latency window above the fastest server within which servers are equally eligible (<c>localThresholdMS</c>). Default 15 ms.</summary>
    public TimeSpan LocalThreshold { get; init; } = TimeSpan.FromMilliseconds(15);

    /// <summary>Gets the most connections a pool holds per server, in use or idle (<c>maxPoolSize</c>). Default 100; 0 means no limit.</summary>
    public int MaxPoolSize { get; init; } = 100;

    /// <summary>Gets the fewest connections a pool keeps per server (<c>minPoolSize</c>). Default 0.</summary>
    public int MinPoolSize { get; init; }

    /// <summary>Gets the most connections a pool may be establishing at once (<c>maxConnecting</c>, at least 1). Default 2.</summary>
    public int MaxConnecting { get; init; } = 2;

    /// <summary>Gets how long a connection may sit idle in the pool before it is closed (<c>maxIdleTimeMS</c>). Default <see cref="TimeSpan.Zero"/>: no limit.</summary>
    public TimeSpan MaxIdleTime { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Gets how long to wait to check a connection out of the pool (<c>waitQueueTimeoutMS</c>, deprecated in favour of
    /// <see cref="Timeout"/>). Default <see cref="TimeSpan.Zero"/>: bounded only by <see cref="Timeout"/> or server selection.
    /// </summary>
    public TimeSpan WaitQueueTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Gets the client-side operation timeout (<c>timeoutMS</c>): the time budget of a whole operation, retries
    /// included. Default <see langword="null"/>: not set, the legacy timeouts apply; <see cref="TimeSpan.Zero"/> means no limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Gets whether connections use TLS (<c>tls</c>, alias <c>ssl</c>). Default <see langword="false"/>, or
    /// <see langword="true"/> when <see cref="Scheme"/> is <see cref="ConnectionStringScheme.Srv"/> and this was not set.
    /// </summary>
    public bool UseTls
    {
        get => _useTls ?? Scheme == ConnectionStringScheme.Srv;
        init => _useTls = value;
    }

    /// <summary>Gets the path of a PEM file of certificate authorities to trust (<c>tlsCAFile</c>), or <see langword="null"/> for the system store.</summary>
    public string? TlsCAFile { get; init; }

    /// <summary>Gets the path of the client certificate and private key file (<c>tlsCertificateKeyFile</c>), or <see langword="null"/>.</summary>
    public string? TlsCertificateKeyFile { get; init; }

    /// <summary>Gets the password of the client private key (<c>tlsCertificateKeyFilePassword</c>), or <see langword="null"/>. Never printed.</summary>
    public string? TlsCertificateKeyFilePassword { get; init; }

    /// <summary>Gets whether invalid server certificates are accepted (<c>tlsAllowInvalidCertificates</c>). Default <see langword="false"/>. For testing only.</summary>
    public bool TlsAllowInvalidCertificates { get; init; }

    /// <summary>Gets whether a server certificate for another host name is accepted (<c>tlsAllowInvalidHostnames</c>). Default <see langword="false"/>. For testing only.</summary>
    public bool TlsAllowInvalidHostnames { get; init; }

    /// <summary>
    /// Gets whether TLS checks are relaxed as far as possible (<c>tlsInsecure</c>): when <see langword="true"/>, invalid
    /// certificates and host names are accepted and revocation is not checked. Default <see langword="false"/>.
    /// </summary>
    public bool TlsInsecure { get; init; }

    /// <summary>Gets whether OCSP responders are not contacted (<c>tlsDisableOCSPEndpointCheck</c>). Default <see langword="false"/>.</summary>
    public bool TlsDisableOcspEndpointCheck { get; init; }

    /// <summary>Gets whether certificate revocation is not checked at all (<c>tlsDisableCertificateRevocationCheck</c>). Default <see langword="false"/>.</summary>
    public bool TlsDisableCertificateRevocationCheck { get; init; }

    /// <summary>Gets the default read concern (<c>readConcernLevel</c>). Default <see cref="Driver.ReadConcern.Default"/>.</summary>
    public ReadConcern ReadConcern { get; init; } = ReadConcern.Default;

    /// <summary>Gets the default write concern (<c>w</c>, <c>wTimeoutMS</c>, <c>journal</c>). Default <see cref="Driver.WriteConcern.Acknowledged"/>.</summary>
    public WriteConcern WriteConcern { get; init; } = WriteConcern.Acknowledged;

    /// <summary>Gets the default read preference (<c>readPreference</c>, <c>readPreferenceTags</c>, <c>maxStalenessSeconds</c>). Default <see cref="Driver.ReadPreference.Primary"/>.</summary>
    public ReadPreference ReadPreference { get; init; } = ReadPreference.Primary;

    /// <summary>Gets whether supported writes are retried once after a transient error (<c>retryWrites</c>). Default <see langword="true"/>.</summary>
    public bool RetryWrites { get; init; } = true;

    /// <summary>Gets whether supported reads are retried once after a transient error (<c>retryReads</c>). Default <see langword="true"/>.</summary>
    public bool RetryReads { get; init; } = true;

    /// <summary>
    /// Gets how many times an operation that failed because the server is overloaded is retried with backoff
    /// (<c>maxAdaptiveRetries</c>, Client Backpressure specification). Default 2; 0 disables these retries.
    /// </summary>
    public int MaxAdaptiveRetries { get; init; } = 2;

    /// <summary>
    /// Gets whether a retry after an overload error prefers a different server (<c>enableOverloadRetargeting</c>).
    /// Default <see langword="false"/>.
    /// </summary>
    public bool EnableOverloadRetargeting { get; init; }

    /// <summary>
    /// Gets the wire compressors to offer the server, in order of preference (<c>compressors</c>): <c>snappy</c>,
    /// <c>zlib</c> and/or <c>zstd</c>. Default empty: no compression. Unknown names in a connection string are dropped with a warning.
    /// </summary>
    public IReadOnlyList<string> Compressors { get => _compressors; init => _compressors = Snapshot(value); }

    /// <summary>Gets the zlib level (<c>zlibCompressionLevel</c>, -1 to 9). Default -1: zlib's own default.</summary>
    public int ZlibCompressionLevel { get; init; } = -1;

    /// <summary>
    /// Gets whether to talk to the single given host only, without discovering the rest of the deployment
    /// (<c>directConnection</c>). Default <see langword="null"/>: not set, SDAM decides from the other options.
    /// </summary>
    public bool? DirectConnection { get; init; }

    /// <summary>Gets the replica set name the servers must report (<c>replicaSet</c>), or <see langword="null"/>.</summary>
    public string? ReplicaSet { get; init; }

    /// <summary>Gets whether the single host is a load balancer in front of mongos instances (<c>loadBalanced</c>). Default <see langword="false"/>.</summary>
    public bool LoadBalanced { get; init; }

    /// <summary>Gets the most hosts to take from an SRV lookup (<c>srvMaxHosts</c>). Default 0: all of them.</summary>
    public int SrvMaxHosts { get; init; }

    /// <summary>Gets the SRV service name to look up (<c>srvServiceName</c>). Default <c>mongodb</c>, i.e. <c>_mongodb._tcp.&lt;host&gt;</c>.</summary>
    public string SrvServiceName { get; init; } = DefaultSrvServiceName;

    /// <summary>Gets which protocol server monitors use (<c>serverMonitoringMode</c>). Default <see cref="Driver.ServerMonitoringMode.Auto"/>.</summary>
    public ServerMonitoringMode ServerMonitoringMode { get; init; } = ServerMonitoringMode.Auto;

    /// <summary>Gets the SOCKS5 proxy host (<c>proxyHost</c>), or <see langword="null"/> to connect directly.</summary>
    public string? ProxyHost { get; init; }

    /// <summary>Gets the SOCKS5 proxy port (<c>proxyPort</c>), or <see langword="null"/> for the SOCKS5 default 1080.</summary>
    public int? ProxyPort { get; init; }

    /// <summary>Gets the SOCKS5 proxy user name (<c>proxyUsername</c>), or <see langword="null"/>.</summary>
    public string? ProxyUsername { get; init; }

    /// <summary>Gets the SOCKS5 proxy password (<c>proxyPassword</c>), or <see langword="null"/>. Never printed.</summary>
    public string? ProxyPassword { get; init; }

    /// <summary>
    /// Gets the problems found while parsing that the connection string specification says to ignore with a warning:
    /// unknown options, invalid option values, repeated options, deprecated names. Empty for settings built in code.
    /// The client logs them when it starts.
    /// </summary>
    public IReadOnlyList<string> Warnings { get => _warnings; init => _warnings = Snapshot(value); }

    /// <summary>
    /// Gets a value indicating whether the hosts must be resolved through DNS SRV and TXT records before connecting
    /// (the <c>mongodb+srv://</c> scheme). This client does not perform that lookup yet.
    /// </summary>
    public bool RequiresSrvLookup => Scheme == ConnectionStringScheme.Srv;

    /// <summary>The SRV service name used when none is given.</summary>
    internal const string DefaultSrvServiceName = "mongodb";

    /// <summary>Parses a <c>mongodb://</c> or <c>mongodb+srv://</c> connection string.</summary>
    /// <param name="connectionString">The connection string; user name, password, database and option values must be percent-encoded where they contain reserved characters.</param>
    /// <returns>The settings it describes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    /// <exception cref="MongoConfigurationException">The connection string is invalid; the message says why and never contains the password.</exception>
    public static MongoClientSettings Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return ConnectionStringParser.Parse(connectionString);
    }

    /// <summary>Parses a connection string without throwing when it is invalid.</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="settings">The parsed settings, or <see langword="null"/> when the string is invalid.</param>
    /// <param name="error">Why the string is invalid, or <see langword="null"/> when it parsed. Never contains the password.</param>
    /// <returns><see langword="true"/> when the connection string is valid.</returns>
    public static bool TryParse(string? connectionString, [NotNullWhen(true)] out MongoClientSettings? settings, [NotNullWhen(false)] out string? error)
    {
        if (connectionString is null)
        {
            settings = null;
            error = "The connection string is null.";
            return false;
        }

        try
        {
            settings = ConnectionStringParser.Parse(connectionString);
            error = null;
            return true;
        }
        catch (MongoConfigurationException exception)
        {
            settings = null;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>
    /// Checks that the settings are consistent: hosts present, SRV, direct-connection and load-balancer rules,
    /// credential rules for the chosen mechanism, option ranges and proxy options.
    /// </summary>
    /// <exception cref="MongoConfigurationException">The settings are invalid; the message says why.</exception>
    public void Validate()
    {
        if (MongoClientSettingsRules.Validate(this) is { } error)
        {
            throw new MongoConfigurationException(error);
        }
    }

    /// <summary>Throws when the hosts still have to be resolved through DNS SRV records, which this client does not do yet.</summary>
    /// <exception cref="NotSupportedException"><see cref="RequiresSrvLookup"/> is <see langword="true"/>.</exception>
    internal void ThrowIfSrvLookupRequired()
    {
        if (RequiresSrvLookup)
        {
            throw new NotSupportedException(
                "SRV lookup is not yet supported: mongodb+srv:// connection strings parse, but the client cannot resolve them. "
                + "Use a mongodb:// connection string that lists the hosts.");
        }
    }

    /// <summary>Returns the settings as a connection string, with every password replaced by <c>*****</c>.</summary>
    /// <returns>A connection string that is safe to log.</returns>
    public override string ToString() => ConnectionStringFormatter.Format(this, redactSecrets: true);

    /// <summary>Returns the settings as a connection string, secrets included when <paramref name="redactSecrets"/> is false.</summary>
    internal string ToConnectionString(bool redactSecrets) => ConnectionStringFormatter.Format(this, redactSecrets);

    /// <summary>Copies a list given to an init accessor so later changes to the caller's list cannot alter the settings.</summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Snapshot<T>(IReadOnlyList<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Array.AsReadOnly(value.ToArray());
    }

    /// <summary>Whether <see cref="UseTls"/> was set explicitly rather than derived from the scheme.</summary>
    internal bool IsUseTlsExplicit => _useTls.HasValue;
}
