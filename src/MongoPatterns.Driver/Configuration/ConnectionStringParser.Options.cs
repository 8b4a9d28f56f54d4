using System.Globalization;

namespace MongoPatterns.Driver;

/// <summary>The URI Options half of the parser: the option list, typed values, warnings and option conflicts.</summary>
internal sealed partial class ConnectionStringParser
{
    /// <summary>Every option this driver understands: lower-case key to its documented spelling.</summary>
    private static readonly Dictionary<string, string> KnownOptions = new[]
    {
        "appName", "authMechanism", "authMechanismProperties", "authSource", "compressors", "connectTimeoutMS",
        "directConnection", "enableOverloadRetargeting", "heartbeatFrequencyMS", "journal", "loadBalanced",
        "localThresholdMS", "maxAdaptiveRetries", "maxConnecting", "maxIdleTimeMS", "maxPoolSize", "maxStalenessSeconds",
        "minPoolSize", "proxyHost", "proxyPassword", "proxyPort", "proxyUsername", "readConcernLevel", "readPreference",
        "readPreferenceTags", "replicaSet", "retryReads", "retryWrites", "serverMonitoringMode",
        "serverSelectionTimeoutMS", "serverSelectionTryOnce", "socketTimeoutMS", "srvMaxHosts", "srvServiceName", "ssl",
        "timeoutMS", "tls", "tlsAllowInvalidCertificates", "tlsAllowInvalidHostnames", "tlsCAFile",
        "tlsCertificateKeyFile", "tlsCertificateKeyFilePassword", "tlsDisableCertificateRevocationCheck",
        "tlsDisableOCSPEndpointCheck", "tlsInsecure", "w", "waitQueueTimeoutMS", "wTimeoutMS", "wtimeout",
        "zlibCompressionLevel",
    }.ToDictionary(name => name.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Options whose values are secrets and never appear in messages.</summary>
    private static readonly HashSet<string> SecretOptions = new(StringComparer.Ordinal)
    {
        "proxypassword", "tlscertificatekeyfilepassword", "authmechanismproperties",
    };

    /// <summary>Pairs of options that must not appear together, whatever their values (URI Options: conflicting TLS options).</summary>
    private static readonly (string First, string Second)[] ConflictingTlsOptions =
    [
        ("tlsinsecure", "tlsallowinvalidcertificates"),
        ("tlsinsecure", "tlsallowinvalidhostnames"),
        ("tlsinsecure", "tlsdisableocspendpointcheck"),
        ("tlsinsecure", "tlsdisablecertificaterevocationcheck"),
        ("tlsallowinvalidcertificates", "tlsdisableocspendpointcheck"),
        ("tlsallowinvalidcertificates", "tlsdisablecertificaterevocationcheck"),
        ("tlsdisableocspendpointcheck", "tlsdisablecertificaterevocationcheck"),
    ];

    // Typed option values; null means "not given" so the default applies.
    private string? _applicationName;
    private string? _authMechanism;
    private Dictionary<string, string>? _authMechanismProperties;
    private string? _authSource;
    private List<string>? _compressors;
    private TimeSpan? _connectTimeout;
    private bool? _directConnection;
    private bool? _enableOverloadRetargeting;
    private TimeSpan? _heartbeatFrequency;
    private bool? _journal;
    private bool? _loadBalanced;
    private TimeSpan? _localThreshold;
    private int? _maxAdaptiveRetries;
    private int? _maxConnecting;
    private TimeSpan? _maxIdleTime;
    private int? _maxPoolSize;
    private int? _maxStalenessSeconds;
    private int? _minPoolSize;
    private string? _proxyHost;
    private string? _proxyPassword;
    private int? _proxyPort;
    private string? _proxyUsername;
    private string? _readConcernLevel;
    private ReadPreferenceMode? _readPreferenceMode;
    private List<IReadOnlyDictionary<string, string>>? _readPreferenceTags;
    private string? _replicaSet;
    private bool? _retryReads;
    private bool? _retryWrites;
    private ServerMonitoringMode? _serverMonitoringMode;
    private TimeSpan? _serverSelectionTimeout;
    private bool? _serverSelectionTryOnce;
    private TimeSpan? _socketTimeout;
    private int? _srvMaxHosts;
    private string? _srvServiceName;
    private TimeSpan? _timeout;
    private bool? _tls;
    private bool? _tlsAllowInvalidCertificates;
    private bool? _tlsAllowInvalidHostnames;
    private string? _tlsCAFile;
    private string? _tlsCertificateKeyFile;
    private string? _tlsCertificateKeyFilePassword;
    private bool? _tlsDisableCertificateRevocationCheck;
    private bool? _tlsDisableOcspEndpointCheck;
    private bool? _tlsInsecure;
    private WriteConcernW? _w;
    private TimeSpan? _waitQueueTimeout;
    private TimeSpan? _wTimeout;
    private int? _zlibCompressionLevel;

    private void ApplyOptions()
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in _options.GroupBy(option => option.Key, StringComparer.Ordinal))
        {
            var key = group.Key;
            present.Add(key);
            if (!KnownOptions.ContainsKey(key))
            {
                _warnings.Add($"Unsupported option '{key}'; it was ignored.");
                continue;
            }

            var values = group.Select(option => option.Value).ToList();
            if (key is "readpreferencetags")
            {
                values.ForEach(ApplyReadPreferenceTags);
                continue;
            }

            if (key is "tls" or "ssl")
            {
                continue; // Applied together below: every tls and ssl value must agree.
            }

            if (values.Count > 1)
            {
                if (key.StartsWith("proxy", StringComparison.Ordinal))
                {
                    Fail($"Option '{KnownOptions[key]}' is given more than once; proxy options may appear only once.");
                }

                _warnings.Add($"Option '{KnownOptions[key]}' is given {values.Count} times; the last value was used.");
            }

            ApplyOption(key, values[^1], present);
        }

        ApplyTls();
        foreach (var (first, second) in ConflictingTlsOptions)
        {
            if (present.Contains(first) && present.Contains(second))
            {
                Fail($"Options '{KnownOptions[first]}' and '{KnownOptions[second]}' cannot both be given, whatever their values.");
            }
        }

        if (_scheme == ConnectionStringScheme.Standard && (present.Contains("srvmaxhosts") || present.Contains("srvservicename")))
        {
            Fail("The options srvMaxHosts and srvServiceName can only be used with a mongodb+srv:// connection string.");
        }

        if (present.Contains("wtimeout"))
        {
            if (present.Contains("wtimeoutms"))
            {
                _warnings.Add("Deprecated option 'wtimeout' was ignored because its replacement 'wTimeoutMS' is also given.");
            }
            else
            {
                _warnings.Add("Option 'wtimeout' is deprecated; use 'wTimeoutMS'.");
                ApplyOption("wtimeoutms", _options.Last(option => option.Key == "wtimeout").Value, present);
            }
        }
    }

    private void ApplyTls()
    {
        bool? agreed = null;
        foreach (var (key, value) in _options)
        {
            if (key is not ("tls" or "ssl") || !TryParseBoolean(key, value, out var enabled))
            {
                continue;
            }

            if (agreed is { } previous && previous != enabled)
            {
                Fail("The 'tls' and 'ssl' options have different values; 'ssl' is an alias of 'tls', so give one value.");
            }

            agreed = enabled;
        }

        _tls = agreed;
    }

    private void ApplyOption(string key, string value, HashSet<string> present)
    {
        switch (key)
        {
            case "appname":
                if (System.Text.Encoding.UTF8.GetByteCount(value) > 128)
                {
                    Warn(key, value, "at most 128 bytes of UTF-8");
                }
                else
                {
                    _applicationName = value;
                }

                break;
            case "authmechanism":
                _authMechanism = AuthenticationMechanismNames.Canonicalize(value)
                    ?? throw new MongoConfigurationException($"Invalid connection string. Authentication mechanism '{value}' is not supported; use one of SCRAM-SHA-256, SCRAM-SHA-1, MONGODB-X509, PLAIN, GSSAPI, MONGODB-AWS or MONGODB-OIDC.");
                break;
            case "authmechanismproperties":
                _authMechanismProperties = ParseMechanismProperties(value);
                break;
            case "authsource":
                if (value.Length == 0)
                {
                    Fail("AuthSource must not be empty.");
                }

                _authSource = value;
                break;
            case "compressors":
                _compressors = ParseCompressors(value);
                break;
            case "connecttimeoutms":
                _connectTimeout = Milliseconds(key, value, 0) ?? _connectTimeout;
                break;
            case "directconnection":
                _directConnection = Boolean(key, value) ?? _directConnection;
                break;
            case "enableoverloadretargeting":
                _enableOverloadRetargeting = Boolean(key, value) ?? _enableOverloadRetargeting;
                break;
            case "heartbeatfrequencyms":
                _heartbeatFrequency = Milliseconds(key, value, 500) ?? _heartbeatFrequency;
                break;
            case "journal":
                _journal = Boolean(key, value) ?? _journal;
                break;
            case "loadbalanced":
                _loadBalanced = Boolean(key, value) ?? _loadBalanced;
                break;
            case "localthresholdms":
                _localThreshold = Milliseconds(key, value, 0) ?? _localThreshold;
                break;
            case "maxadaptiveretries":
                _maxAdaptiveRetries = Integer(key, value, 0) ?? _maxAdaptiveRetries;
                break;
            case "maxconnecting":
                _maxConnecting = Integer(key, value, 1) ?? _maxConnecting;
                break;
            case "maxidletimems":
                _maxIdleTime = Milliseconds(key, value, 0) ?? _maxIdleTime;
                break;
            case "maxpoolsize":
                _maxPoolSize = Integer(key, value, 0) ?? _maxPoolSize;
                break;
            case "maxstalenessseconds":
                _maxStalenessSeconds = Integer(key, value, -1, expected: "-1 (no limit) or a number of seconds of at least 90") ?? _maxStalenessSeconds;
                break;
            case "minpoolsize":
                _minPoolSize = Integer(key, value, 0) ?? _minPoolSize;
                break;
            case "proxyhost":
                _proxyHost = value;
                break;
            case "proxypassword":
                _proxyPassword = value;
                break;
            case "proxyport":
                _proxyPort = Integer(key, value, 1, 65535) ?? _proxyPort;
                break;
            case "proxyusername":
                _proxyUsername = value;
                break;
            case "readconcernlevel":
                if (value.Length == 0)
                {
                    Warn(key, value, "a read concern level such as 'majority'");
                }
                else
                {
                    _readConcernLevel = value;
                }

                break;
            case "readpreference":
                if (ReadPreference.TryParseMode(value, out var mode))
                {
                    _readPreferenceMode = mode;
                }
                else
                {
                    Warn(key, value, "primary, primaryPreferred, secondary, secondaryPreferred or nearest");
                }

                break;
            case "replicaset":
                _replicaSet = value;
                break;
            case "retryreads":
                _retryReads = Boolean(key, value) ?? _retryReads;
                break;
            case "retrywrites":
                _retryWrites = Boolean(key, value) ?? _retryWrites;
                break;
            case "servermonitoringmode":
                _serverMonitoringMode = value.ToLowerInvariant() switch
                {
                    "auto" => ServerMonitoringMode.Auto,
                    "stream" => ServerMonitoringMode.Stream,
                    "poll" => ServerMonitoringMode.Poll,
                    _ => null,
                };
                if (_serverMonitoringMode is null)
                {
                    Warn(key, value, "auto, stream or poll");
                }

                break;
            case "serverselectiontimeoutms":
                _serverSelectionTimeout = Milliseconds(key, value, 1) ?? _serverSelectionTimeout;
                break;
            case "serverselectiontryonce":
                _serverSelectionTryOnce = Boolean(key, value) ?? _serverSelectionTryOnce;
                break;
            case "sockettimeoutms":
                _socketTimeout = Milliseconds(key, value, 0) ?? _socketTimeout;
                break;
            case "srvmaxhosts":
                _srvMaxHosts = Integer(key, value, 0) ?? _srvMaxHosts;
                break;
            case "srvservicename":
                if (MongoClientSettingsRules.IsValidSrvServiceName(value))
                {
                    _srvServiceName = value;
                }
                else
                {
                    Warn(key, value, "1 to 15 letters, digits and hyphens (RFC 6335)");
                }

                break;
            case "timeoutms":
                _timeout = Milliseconds(key, value, 0) ?? _timeout;
                break;
            case "tlsallowinvalidcertificates":
                _tlsAllowInvalidCertificates = Boolean(key, value) ?? _tlsAllowInvalidCertificates;
                break;
            case "tlsallowinvalidhostnames":
                _tlsAllowInvalidHostnames = Boolean(key, value) ?? _tlsAllowInvalidHostnames;
                break;
            case "tlscafile":
                _tlsCAFile = value;
                break;
            case "tlscertificatekeyfile":
                _tlsCertificateKeyFile = value;
                break;
            case "tlscertificatekeyfilepassword":
                _tlsCertificateKeyFilePassword = value;
                break;
            case "tlsdisablecertificaterevocationcheck":
                _tlsDisableCertificateRevocationCheck = Boolean(key, value) ?? _tlsDisableCertificateRevocationCheck;
                break;
            case "tlsdisableocspendpointcheck":
                _tlsDisableOcspEndpointCheck = Boolean(key, value) ?? _tlsDisableOcspEndpointCheck;
                break;
            case "tlsinsecure":
                _tlsInsecure = Boolean(key, value) ?? _tlsInsecure;
                break;
            case "w":
                ApplyW(value);
                break;
            case "waitqueuetimeoutms":
                _waitQueueTimeout = Milliseconds(key, value, 0) ?? _waitQueueTimeout;
                break;
            case "wtimeoutms":
                if (TryParseInt64(key, value, out var wTimeout))
                {
                    _wTimeout = TimeSpan.FromMilliseconds(wTimeout);
                }

                break;
            case "wtimeout":
                break; // Deprecated alias, applied after all options are known.
            case "zlibcompressionlevel":
                _zlibCompressionLevel = Integer(key, value, -1, 9) ?? _zlibCompressionLevel;
                break;
            default:
                // Listed in KnownOptions but not handled: a programming error, reported as unsupported rather than thrown.
                present.Remove(key);
                _warnings.Add($"Unsupported option '{key}'; it was ignored.");
                break;
        }
    }

    private void ApplyW(string value)
    {
        if (value.Length == 0)
        {
            Warn("w", value, "a number of members or a mode such as 'majority'");
        }
        else if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            if (count < 0)
            {
                Warn("w", value, "a non-negative number of members or a mode such as 'majority'");
            }
            else
            {
                _w = WriteConcernW.Nodes(count);
            }
        }
        else
        {
            _w = WriteConcernW.Tag(value);
        }
    }

    private Dictionary<string, string> ParseMechanismProperties(string value)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in value.Split(','))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                _warnings.Add("An authMechanismProperties entry is not of the form KEY:value and was ignored; values cannot contain ','.");
                continue;
            }

            var propertyName = item[..colon].ToUpperInvariant();
            if (properties.ContainsKey(propertyName))
            {
                _warnings.Add($"authMechanismProperties gives '{propertyName}' more than once; the last value was used.");
            }

            properties[propertyName] = item[(colon + 1)..];
        }

        return properties;
    }

    private List<string> ParseCompressors(string value)
    {
        var compressors = new List<string>();
        if (value.Length == 0)
        {
            return compressors;
        }

        foreach (var name in value.Split(','))
        {
            var known = MongoClientSettingsRules.KnownCompressors.FirstOrDefault(candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                _warnings.Add($"Unsupported compressor '{name}' in option 'compressors'; it was ignored (supported: snappy, zlib, zstd).");
            }
            else if (!compressors.Contains(known))
            {
                compressors.Add(known);
            }
        }

        return compressors;
    }

    private void ApplyReadPreferenceTags(string value)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value.Length > 0)
        {
            foreach (var item in value.Split(','))
            {
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    Warn("readpreferencetags", value, "comma-separated name:value tags, e.g. dc:ny,rack:1");
                    return;
                }

                tags[item[..colon]] = item[(colon + 1)..];
            }
        }

        (_readPreferenceTags ??= []).Add(tags);
    }

    private bool? Boolean(string key, string value) => TryParseBoolean(key, value, out var result) ? result : null;

    private bool TryParseBoolean(string key, string value, out bool result)
    {
        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            result = true;
            return true;
        }

        if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            result = false;
            return true;
        }

        Warn(key, value, "true or false");
        result = false;
        return false;
    }

    private int? Integer(string key, string value, int minimum, int maximum = int.MaxValue, string? expected = null)
    {
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
        {
            return number;
        }

        Warn(key, value, expected ?? (maximum == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"an integer of at least {minimum}")
            : string.Create(CultureInfo.InvariantCulture, $"an integer from {minimum} to {maximum}")));
        return null;
    }

    private TimeSpan? Milliseconds(string key, string value, int minimum) =>
        Integer(key, value, minimum) is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds) : null;

    private bool TryParseInt64(string key, string value, out long number)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number) && number >= 0)
        {
            return true;
        }

        Warn(key, value, "a non-negative integer");
        return false;
    }

    private void Warn(string key, string value, string expected)
    {
        var name = KnownOptions.GetValueOrDefault(key, key);
        _warnings.Add(value.Length == 0
            ? $"Option '{name}' has an empty value and was ignored; expected {expected}."
            : SecretOptions.Contains(key)
                ? $"Option '{name}' has an invalid value and was ignored; expected {expected}."
                : $"Option '{name}' has the invalid value '{value}' and was ignored; expected {expected}.");
    }
}
