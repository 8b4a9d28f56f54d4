using System.Globalization;
using System.Text;

namespace MongoPatterns.Driver;

/// <summary>
/// Writes <see cref="MongoClientSettings"/> back as a connection string that <see cref="ConnectionStringParser"/>
/// parses to the same settings. Only options that differ from the defaults are written.
/// </summary>
internal static class ConnectionStringFormatter
{
    private static readonly MongoClientSettings Defaults = new();

    /// <summary>Formats the settings; when <paramref name="redactSecrets"/> is true every secret is written as <c>*****</c>.</summary>
    public static string Format(MongoClientSettings settings, bool redactSecrets)
    {
        var text = new StringBuilder(settings.Scheme == ConnectionStringScheme.Srv ? "mongodb+srv://" : "mongodb://");
        AppendUserInfo(text, settings.Credential, redactSecrets);
        AppendHosts(text, settings);

        var options = new List<string>();
        AppendCredentialOptions(options, settings.Credential, settings.DatabaseName, redactSecrets);
        AppendConnectionOptions(options, settings, redactSecrets);
        AppendConcernOptions(options, settings);

        if (settings.DatabaseName is not null || options.Count > 0)
        {
            text.Append('/');
        }

        if (settings.DatabaseName is not null)
        {
            text.Append(PercentEncoding.Encode(settings.DatabaseName));
        }

        if (options.Count > 0)
        {
            text.Append('?').AppendJoin('&', options);
        }

        return text.ToString();
    }

    private static void AppendUserInfo(StringBuilder text, MongoCredential? credential, bool redactSecrets)
    {
        if (credential is null || (credential.Username is null && credential.Password is null))
        {
            return;
        }

        text.Append(PercentEncoding.Encode(credential.Username ?? string.Empty));
        if (credential.Password is not null)
        {
            text.Append(':').Append(redactSecrets ? MongoCredential.Redacted : PercentEncoding.Encode(credential.Password));
        }

        text.Append('@');
    }

    private static void AppendHosts(StringBuilder text, MongoClientSettings settings)
    {
        var withPort = settings.Scheme != ConnectionStringScheme.Srv;
        for (var i = 0; i < settings.Hosts.Count; i++)
        {
            var host = settings.Hosts[i];
            if (i > 0)
            {
                text.Append(',');
            }

            switch (host.HostType)
            {
                case MongoHostType.UnixDomainSocket:
                    text.Append(PercentEncoding.Encode(host.Host));
                    continue;
                case MongoHostType.IPLiteral:
                    text.Append('[').Append(host.Host.Replace("%", "%25", StringComparison.Ordinal)).Append(']');
                    break;
                default:
                    text.Append(host.Host);
                    break;
            }

            if (withPort)
            {
                text.Append(':').Append(host.Port.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static void AppendCredentialOptions(List<string> options, MongoCredential? credential, string? databaseName, bool redactSecrets)
    {
        if (credential is null)
        {
            return;
        }

        Add(options, "authMechanism", credential.Mechanism);
        if (credential.Source is { } source && source != MongoCredential.DefaultSource(credential.Mechanism, databaseName))
        {
            Add(options, "authSource", source);
        }

        if (credential.MechanismProperties.Count > 0)
        {
            var properties = credential.MechanismProperties.Select(pair =>
                PercentEncoding.Encode(pair.Key) + ":"
                + (redactSecrets && MongoCredential.IsSecretProperty(pair.Key) ? MongoCredential.Redacted : PercentEncoding.Encode(pair.Value)));
            options.Add("authMechanismProperties=" + string.Join(',', properties));
        }
    }

    private static void AppendConnectionOptions(List<string> options, MongoClientSettings settings, bool redactSecrets)
    {
        Add(options, "appName", settings.ApplicationName);
        Add(options, "replicaSet", settings.ReplicaSet);
        Add(options, "directConnection", settings.DirectConnection);
        AddIfChanged(options, "loadBalanced", settings.LoadBalanced, Defaults.LoadBalanced);
        if (settings.IsUseTlsExplicit)
        {
            Add(options, "tls", settings.UseTls);
        }

        Add(options, "tlsCAFile", settings.TlsCAFile);
        Add(options, "tlsCertificateKeyFile", settings.TlsCertificateKeyFile);
        Add(options, "tlsCertificateKeyFilePassword", Secret(settings.TlsCertificateKeyFilePassword, redactSecrets));
        AddIfChanged(options, "tlsAllowInvalidCertificates", settings.TlsAllowInvalidCertificates, false);
        AddIfChanged(options, "tlsAllowInvalidHostnames", settings.TlsAllowInvalidHostnames, false);
        AddIfChanged(options, "tlsInsecure", settings.TlsInsecure, false);
        AddIfChanged(options, "tlsDisableOCSPEndpointCheck", settings.TlsDisableOcspEndpointCheck, false);
        AddIfChanged(options, "tlsDisableCertificateRevocationCheck", settings.TlsDisableCertificateRevocationCheck, false);
        AddIfChanged(options, "connectTimeoutMS", settings.ConnectTimeout, Defaults.ConnectTimeout);
        AddIfChanged(options, "socketTimeoutMS", settings.SocketTimeout, Defaults.SocketTimeout);
        AddIfChanged(options, "serverSelectionTimeoutMS", settings.ServerSelectionTimeout, Defaults.ServerSelectionTimeout);
        AddIfChanged(options, "serverSelectionTryOnce", settings.ServerSelectionTryOnce, Defaults.ServerSelectionTryOnce);
        AddIfChanged(options, "heartbeatFrequencyMS", settings.HeartbeatFrequency, Defaults.HeartbeatFrequency);
        AddIfChanged(options, "localThresholdMS", settings.LocalThreshold, Defaults.LocalThreshold);
        AddIfChanged(options, "maxPoolSize", settings.MaxPoolSize, Defaults.MaxPoolSize);
        AddIfChanged(options, "minPoolSize", settings.MinPoolSize, Defaults.MinPoolSize);
        AddIfChanged(options, "maxConnecting", settings.MaxConnecting, Defaults.MaxConnecting);
        AddIfChanged(options, "maxIdleTimeMS", settings.MaxIdleTime, Defaults.MaxIdleTime);
        AddIfChanged(options, "waitQueueTimeoutMS", settings.WaitQueueTimeout, Defaults.WaitQueueTimeout);
        if (settings.Timeout is { } timeout)
        {
            Add(options, "timeoutMS", Milliseconds(timeout));
        }

        AddIfChanged(options, "retryWrites", settings.RetryWrites, Defaults.RetryWrites);
        AddIfChanged(options, "retryReads", settings.RetryReads, Defaults.RetryReads);
        AddIfChanged(options, "maxAdaptiveRetries", settings.MaxAdaptiveRetries, Defaults.MaxAdaptiveRetries);
        AddIfChanged(options, "enableOverloadRetargeting", settings.EnableOverloadRetargeting, Defaults.EnableOverloadRetargeting);
        if (settings.Compressors.Count > 0)
        {
            options.Add("compressors=" + string.Join(',', settings.Compressors.Select(PercentEncoding.Encode)));
        }

        AddIfChanged(options, "zlibCompressionLevel", settings.ZlibCompressionLevel, Defaults.ZlibCompressionLevel);
        AddIfChanged(options, "srvMaxHosts", settings.SrvMaxHosts, Defaults.SrvMaxHosts);
        if (!string.Equals(settings.SrvServiceName, Defaults.SrvServiceName, StringComparison.Ordinal))
        {
            Add(options, "srvServiceName", settings.SrvServiceName);
        }

        if (settings.ServerMonitoringMode != Defaults.ServerMonitoringMode)
        {
            Add(options, "serverMonitoringMode", settings.ServerMonitoringMode.ToString().ToLowerInvariant());
        }

        Add(options, "proxyHost", settings.ProxyHost);
        Add(options, "proxyPort", settings.ProxyPort);
        Add(options, "proxyUsername", settings.ProxyUsername);
        Add(options, "proxyPassword", Secret(settings.ProxyPassword, redactSecrets));
    }

    private static void AppendConcernOptions(List<string> options, MongoClientSettings settings)
    {
        Add(options, "readConcernLevel", settings.ReadConcern.Level);
        var writeConcern = settings.WriteConcern;
        Add(options, "w", writeConcern.W?.ToString());
        if (writeConcern.WTimeout is { } wTimeout)
        {
            Add(options, "wTimeoutMS", Milliseconds(wTimeout));
        }

        Add(options, "journal", writeConcern.Journal);

        var readPreference = settings.ReadPreference;
        if (readPreference.Mode != ReadPreferenceMode.Primary)
        {
            Add(options, "readPreference", ReadPreference.ModeName(readPreference.Mode));
        }

        foreach (var tagSet in readPreference.TagSets)
        {
            options.Add("readPreferenceTags=" + string.Join(',', tagSet.Select(tag => PercentEncoding.Encode(tag.Key) + ":" + PercentEncoding.Encode(tag.Value))));
        }

        if (readPreference.MaxStaleness is { } maxStaleness)
        {
            Add(options, "maxStalenessSeconds", ((long)maxStaleness.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string? Secret(string? value, bool redact) => value is not null && redact ? MongoCredential.Redacted : value;

    private static string Milliseconds(TimeSpan value) => ((long)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    private static void Add(List<string> options, string name, string? value)
    {
        if (value is not null)
        {
            options.Add(name + "=" + (value == MongoCredential.Redacted ? value : PercentEncoding.Encode(value)));
        }
    }

    private static void Add(List<string> options, string name, bool? value)
    {
        if (value is { } flag)
        {
            options.Add(name + (flag ? "=true" : "=false"));
        }
    }

    private static void Add(List<string> options, string name, int? value)
    {
        if (value is { } number)
        {
            options.Add(name + "=" + number.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AddIfChanged(List<string> options, string name, bool value, bool defaultValue)
    {
        if (value != defaultValue)
        {
            Add(options, name, value);
        }
    }

    private static void AddIfChanged(List<string> options, string name, int value, int defaultValue)
    {
        if (value != defaultValue)
        {
            Add(options, name, value);
        }
    }

    private static void AddIfChanged(List<string> options, string name, TimeSpan value, TimeSpan defaultValue)
    {
        if (value != defaultValue)
        {
            Add(options, name, Milliseconds(value));
        }
    }
}
