using System.Text;

namespace MongoPatterns.Driver;

/// <summary>
/// The cross-option rules of the URI Options, Initial DNS Seedlist Discovery, Load Balancer, SOCKS5 and Driver
/// Authentication specifications, applied to typed settings (parsed or built in code).
/// </summary>
internal static class MongoClientSettingsRules
{
    /// <summary>The compressors the OP_COMPRESSED specification defines.</summary>
    internal static readonly string[] KnownCompressors = ["snappy", "zlib", "zstd"];

    /// <summary>The idle write period of replica set primaries, which the maximum staleness must exceed together with the heartbeat.</summary>
    private static readonly TimeSpan IdleWritePeriod = TimeSpan.FromSeconds(10);

    /// <summary>Checks the settings; returns the first problem found, or <see langword="null"/> when they are valid.</summary>
    public static string? Validate(MongoClientSettings settings) =>
        ValidateHosts(settings)
        ?? ValidateTopologyOptions(settings)
        ?? (settings.Credential is { } credential ? CredentialRules.Validate(credential) : null)
        ?? ValidateRanges(settings)
        ?? ValidateConcerns(settings)
        ?? ValidateProxy(settings);

    /// <summary>Whether <paramref name="name"/> is a valid SRV service name (RFC 6335 section 5.1).</summary>
    internal static bool IsValidSrvServiceName(string name)
    {
        if (name.Length is 0 or > 15 || name[0] == '-' || name[^1] == '-' || name.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        var hasLetter = false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }

            hasLetter |= char.IsAsciiLetter(c);
        }

        return hasLetter;
    }

    private static string? ValidateHosts(MongoClientSettings settings)
    {
        if (settings.Hosts is null || settings.Hosts.Count == 0)
        {
            return "At least one host is required.";
        }

        if (settings.Hosts.Any(host => host is null))
        {
            return "The host list contains a null entry.";
        }

        if (settings.Scheme == ConnectionStringScheme.Srv)
        {
            if (settings.Hosts.Count != 1)
            {
                return "A mongodb+srv:// connection string must name exactly one host, the DNS name whose SRV records list the servers.";
            }

            if (settings.Hosts[0].HostType != MongoHostType.HostName)
            {
                return "The host of a mongodb+srv:// connection string must be a DNS host name, not an IP address or socket path.";
            }
        }

        return null;
    }

    private static string? ValidateTopologyOptions(MongoClientSettings settings)
    {
        var isSrv = settings.Scheme == ConnectionStringScheme.Srv;
        if (settings.DirectConnection == true && isSrv)
        {
            return "directConnection=true cannot be used with mongodb+srv://, which may resolve to several hosts.";
        }

        if (settings.DirectConnection == true && settings.Hosts.Count > 1)
        {
            return "directConnection=true requires exactly one host; remove the other hosts or the option.";
        }

        if (!isSrv && settings.SrvMaxHosts != 0)
        {
            return "srvMaxHosts can only be used with a mongodb+srv:// connection string.";
        }

        if (!isSrv && !string.Equals(settings.SrvServiceName, MongoClientSettings.DefaultSrvServiceName, StringComparison.Ordinal))
        {
            return "srvServiceName can only be used with a mongodb+srv:// connection string.";
        }

        if (settings.SrvServiceName is null || !IsValidSrvServiceName(settings.SrvServiceName))
        {
            return "srvServiceName must be 1 to 15 letters, digits and hyphens with at least one letter (RFC 6335).";
        }

        if (settings.SrvMaxHosts < 0)
        {
            return "srvMaxHosts must not be negative.";
        }

        if (settings.SrvMaxHosts > 0 && settings.ReplicaSet is not null)
        {
            return "srvMaxHosts cannot be combined with replicaSet.";
        }

        if (settings.SrvMaxHosts > 0 && settings.LoadBalanced)
        {
            return "srvMaxHosts cannot be combined with loadBalanced=true.";
        }

        if (settings.LoadBalanced)
        {
            if (settings.Hosts.Count > 1)
            {
                return "loadBalanced=true requires exactly one host, the load balancer.";
            }

            if (settings.ReplicaSet is not null)
            {
                return "loadBalanced=true cannot be combined with replicaSet.";
            }

            if (settings.DirectConnection == true)
            {
                return "loadBalanced=true cannot be combined with directConnection=true.";
            }
        }

        return null;
    }

    private static string? ValidateRanges(MongoClientSettings settings)
    {
        if (settings.ConnectTimeout < TimeSpan.Zero)
        {
            return "ConnectTimeout (connectTimeoutMS) must not be negative.";
        }

        if (settings.SocketTimeout < TimeSpan.Zero)
        {
            return "SocketTimeout (socketTimeoutMS) must not be negative.";
        }

        if (settings.ServerSelectionTimeout <= TimeSpan.Zero)
        {
            return "ServerSelectionTimeout (serverSelectionTimeoutMS) must be positive.";
        }

        if (settings.HeartbeatFrequency < TimeSpan.FromMilliseconds(500))
        {
            return "HeartbeatFrequency (heartbeatFrequencyMS) must be at least 500 milliseconds.";
        }

        if (settings.LocalThreshold < TimeSpan.Zero)
        {
            return "LocalThreshold (localThresholdMS) must not be negative.";
        }

        if (settings.MaxIdleTime < TimeSpan.Zero || settings.WaitQueueTimeout < TimeSpan.Zero || settings.Timeout < TimeSpan.Zero)
        {
            return "MaxIdleTime, WaitQueueTimeout and Timeout must not be negative.";
        }

        if (settings.MaxPoolSize < 0 || settings.MinPoolSize < 0)
        {
            return "MaxPoolSize and MinPoolSize must not be negative.";
        }

        if (settings.MaxPoolSize > 0 && settings.MinPoolSize > settings.MaxPoolSize)
        {
            return "MinPoolSize (minPoolSize) must not exceed MaxPoolSize (maxPoolSize).";
        }

        if (settings.MaxConnecting < 1)
        {
            return "MaxConnecting (maxConnecting) must be at least 1.";
        }

        if (settings.ZlibCompressionLevel is < -1 or > 9)
        {
            return "ZlibCompressionLevel (zlibCompressionLevel) must be between -1 and 9.";
        }

        if (settings.MaxAdaptiveRetries < 0)
        {
            return "MaxAdaptiveRetries (maxAdaptiveRetries) must not be negative.";
        }

        if (settings.ApplicationName is { } name && Encoding.UTF8.GetByteCount(name) > 128)
        {
            return "ApplicationName (appname) must be at most 128 bytes of UTF-8.";
        }

        if (settings.Compressors is null || settings.Compressors.Any(compressor => !KnownCompressors.Contains(compressor, StringComparer.Ordinal)))
        {
            return "Compressors may contain only snappy, zlib and zstd.";
        }

        return null;
    }

    private static string? ValidateConcerns(MongoClientSettings settings)
    {
        if (settings.ReadConcern is null || settings.WriteConcern is null || settings.ReadPreference is null)
        {
            return "ReadConcern, WriteConcern and ReadPreference must not be null.";
        }

        if (settings.ReadPreference.MaxStaleness is { } staleness && staleness < settings.HeartbeatFrequency + IdleWritePeriod)
        {
            return "The maximum staleness (maxStalenessSeconds) must be at least the heartbeat frequency plus 10 seconds.";
        }

        return null;
    }

    private static string? ValidateProxy(MongoClientSettings settings)
    {
        if (settings.ProxyHost is null)
        {
            return settings.ProxyPort is null && settings.ProxyUsername is null && settings.ProxyPassword is null
                ? null
                : "proxyPort, proxyUsername and proxyPassword require proxyHost.";
        }

        if (settings.ProxyHost.Length == 0)
        {
            return "proxyHost must not be empty.";
        }

        if (settings.ProxyPort is < 1 or > 65535)
        {
            return "proxyPort must be between 1 and 65535.";
        }

        if ((settings.ProxyUsername is null) != (settings.ProxyPassword is null))
        {
            return "proxyUsername and proxyPassword must be given together.";
        }

        if (settings.ProxyUsername is { } user && (user.Length == 0 || Encoding.UTF8.GetByteCount(user) > 255))
        {
            return "proxyUsername must be 1 to 255 bytes of UTF-8.";
        }

        if (settings.ProxyPassword is { } password && (password.Length == 0 || Encoding.UTF8.GetByteCount(password) > 255))
        {
            return "proxyPassword must be 1 to 255 bytes of UTF-8.";
        }

        return null;
    }
}
