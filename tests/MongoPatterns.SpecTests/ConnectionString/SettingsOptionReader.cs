using MongoPatterns.Driver;

namespace MongoPatterns.SpecTests.ConnectionString;

/// <summary>
/// Reads the typed <see cref="MongoClientSettings"/> property behind a URI option name, as the value the spec tests
/// write: milliseconds and seconds as numbers, enums as their connection string spelling.
/// </summary>
internal static class SettingsOptionReader
{
    public static bool TryRead(MongoClientSettings settings, string lowerCaseName, out object? value)
    {
        value = lowerCaseName switch
        {
            "appname" => settings.ApplicationName,
            "authmechanism" => settings.Credential?.Mechanism,
            "authmechanismproperties" => settings.Credential?.MechanismProperties,
            "authsource" => settings.Credential?.Source,
            "compressors" => settings.Compressors,
            "connecttimeoutms" => Milliseconds(settings.ConnectTimeout),
            "directconnection" => settings.DirectConnection,
            "enableoverloadretargeting" => settings.EnableOverloadRetargeting,
            "heartbeatfrequencyms" => Milliseconds(settings.HeartbeatFrequency),
            "journal" => settings.WriteConcern.Journal,
            "loadbalanced" => settings.LoadBalanced,
            "localthresholdms" => Milliseconds(settings.LocalThreshold),
            "maxadaptiveretries" => settings.MaxAdaptiveRetries,
            "maxconnecting" => settings.MaxConnecting,
            "maxidletimems" => Milliseconds(settings.MaxIdleTime),
            "maxpoolsize" => settings.MaxPoolSize,
            "maxstalenessseconds" => settings.ReadPreference.MaxStaleness is { } staleness ? (long)staleness.TotalSeconds : -1L,
            "minpoolsize" => settings.MinPoolSize,
            "proxyhost" => settings.ProxyHost,
            "proxypassword" => settings.ProxyPassword,
            "proxyport" => settings.ProxyPort,
            "proxyusername" => settings.ProxyUsername,
            "readconcernlevel" => settings.ReadConcern.Level,
            "readpreference" => ModeName(settings.ReadPreference.Mode),
            "readpreferencetags" => settings.ReadPreference.TagSets,
            "replicaset" => settings.ReplicaSet,
            "retryreads" => settings.RetryReads,
            "retrywrites" => settings.RetryWrites,
            "servermonitoringmode" => settings.ServerMonitoringMode.ToString().ToLowerInvariant(),
            "serverselectiontimeoutms" => Milliseconds(settings.ServerSelectionTimeout),
            "serverselectiontryonce" => settings.ServerSelectionTryOnce,
            "sockettimeoutms" => Milliseconds(settings.SocketTimeout),
            "srvmaxhosts" => settings.SrvMaxHosts,
            "srvservicename" => settings.SrvServiceName,
            "ssl" or "tls" => settings.UseTls,
            "timeoutms" => settings.Timeout is { } timeout ? Milliseconds(timeout) : null,
            "tlsallowinvalidcertificates" => settings.TlsAllowInvalidCertificates,
            "tlsallowinvalidhostnames" => settings.TlsAllowInvalidHostnames,
            "tlscafile" => settings.TlsCAFile,
            "tlscertificatekeyfile" => settings.TlsCertificateKeyFile,
            "tlscertificatekeyfilepassword" => settings.TlsCertificateKeyFilePassword,
            "tlsdisablecertificaterevocationcheck" => settings.TlsDisableCertificateRevocationCheck,
            "tlsdisableocspendpointcheck" => settings.TlsDisableOcspEndpointCheck,
            "tlsinsecure" => settings.TlsInsecure,
            "w" => settings.WriteConcern.W is { } w ? (w.Count is { } count ? count : w.Mode) : null,
            "waitqueuetimeoutms" => Milliseconds(settings.WaitQueueTimeout),
            "wtimeoutms" => settings.WriteConcern.WTimeout is { } wTimeout ? Milliseconds(wTimeout) : null,
            "zlibcompressionlevel" => settings.ZlibCompressionLevel,
            _ => Unknown.Value,
        };

        if (ReferenceEquals(value, Unknown.Value))
        {
            value = null;
            return false;
        }

        return true;
    }

    private static long Milliseconds(TimeSpan value) => (long)value.TotalMilliseconds;

    private static string ModeName(ReadPreferenceMode mode) => mode switch
    {
        ReadPreferenceMode.PrimaryPreferred => "primaryPreferred",
        ReadPreferenceMode.Secondary => "secondary",
        ReadPreferenceMode.SecondaryPreferred => "secondaryPreferred",
        ReadPreferenceMode.Nearest => "nearest",
        _ => "primary",
    };

    private sealed class Unknown
    {
        public static readonly Unknown Value = new();
    }
}
