using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MongoPatterns.Driver.Exceptions;

namespace MongoPatterns.Driver;

/// <summary>
/// Parses a connection string into <see cref="MongoClientSettings"/> following the Connection String specification
/// (syntax, percent-decoding, warnings for unknown or invalid options) and the URI Options specification (the option
/// list, value types and the errors for conflicting options).
/// </summary>
/// <remarks>Error and warning messages never contain the password or other secret option values.</remarks>
internal sealed class ConnectionStringParser
{
    private const string StandardPrefix = "mongodb://";
    private const string SrvPrefix = "mongodb+srv://";

    private static readonly MongoClientSettings Defaults = new();

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

    private readonly List<string> _warnings = [];
    private readonly List<(string Key, string Value)> _options = [];

    private ConnectionStringScheme _scheme;
    private string? _username;
    private string? _password;
    private bool _hasUserInfo;
    private List<MongoServerAddress> _hosts = [];
    private string? _databaseName;

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

    private ConnectionStringParser()
    {
    }

    /// <summary>Parses a connection string.</summary>
    /// <exception cref="MongoConfigurationException">The connection string is invalid.</exception>
    public static MongoClientSettings Parse(string connectionString) => new ConnectionStringParser().Run(connectionString);

    [DoesNotReturn]
    private static void Fail(string message) => throw new MongoConfigurationException("Invalid connection string. " + message);

    private static string ToLowerAscii(string key) => string.Create(key.Length, key, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });

    private static int ParsePort(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 5 || !IsAsciiDigits(text)
            || int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) is < 1 or > 65535)
        {
            Fail($"Port '{text}' is not valid; a port is a number from 1 to 65535.");
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private MongoClientSettings Run(string connectionString)
    {
        string rest;
        if (connectionString.StartsWith(StandardPrefix, StringComparison.OrdinalIgnoreCase))
        {
            _scheme = ConnectionStringScheme.Standard;
            rest = connectionString[StandardPrefix.Length..];
        }
        else if (connectionString.StartsWith(SrvPrefix, StringComparison.OrdinalIgnoreCase))
        {
            _scheme = ConnectionStringScheme.Srv;
            rest = connectionString[SrvPrefix.Length..];
        }
        else
        {
            Fail(connectionString.Length == 0
                ? "The connection string is empty."
                : "A connection string must start with 'mongodb://' or 'mongodb+srv://'.");
            return null;
        }

        // The host information ends at the first '/' or '?' (the slash before the options is optional).
        var authorityEnd = rest.AsSpan().IndexOfAny('/', '?');
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var tail = authorityEnd < 0 ? string.Empty : rest[authorityEnd..];

        var pathEnd = tail.IndexOf('?', StringComparison.Ordinal);
        if (tail.StartsWith('/') && tail.AsSpan(0, pathEnd < 0 ? tail.Length : pathEnd).Contains('@'))
        {
            Fail("Found an '@' after the first '/'; a '/' in the user name or password must be URL encoded as %2F.");
        }

        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            ParseUserInfo(authority.AsSpan(0, at));
        }

        ParseHosts(at >= 0 ? authority[(at + 1)..] : authority);

        var query = string.Empty;
        if (tail.Length > 0)
        {
            var path = tail;
            if (path[0] == '/')
            {
                path = path[1..];
            }

            var question = path.IndexOf('?', StringComparison.Ordinal);
            if (tail[0] == '?')
            {
                query = tail[1..];
                path = string.Empty;
            }
            else if (question >= 0)
            {
                query = path[(question + 1)..];
                path = path[..question];
            }

            ParseDatabaseName(path);
        }

        ParseOptions(query);
        ApplyOptions();
        return Build();
    }

    private void ParseUserInfo(ReadOnlySpan<char> userInfo)
    {
        _hasUserInfo = true;
        if (userInfo.Contains('@'))
        {
            Fail("The user name or password contains an unescaped '@'; the user name and password must be URL encoded ('@' is %40).");
        }

        var colon = userInfo.IndexOf(':');
        if (colon >= 0 && userInfo[(colon + 1)..].Contains(':'))
        {
            Fail("The user information contains more than one unescaped ':'; the user name and password must be URL encoded (':' is %3A).");
        }

        if (userInfo.IndexOfAny("[]#") >= 0)
        {
            Fail("The user name or password contains an unescaped '[', ']' or '#'; the user name and password must be URL encoded.");
        }

        var encodedUser = colon >= 0 ? userInfo[..colon] : userInfo;
        if (!PercentEncoding.TryDecode(encodedUser, out _username)
            || (colon >= 0 && !PercentEncoding.TryDecode(userInfo[(colon + 1)..], out _password)))
        {
            Fail("The user name or password contains a '%' that is not followed by two hexadecimal digits; the user name and password must be URL encoded ('%' is %25).");
        }
    }

    private void ParseHosts(string hostList)
    {
        if (hostList.Length == 0)
        {
            Fail("No host is given; write at least one host, e.g. mongodb://localhost:27017. "
                + "A Unix domain socket path must be URL encoded, e.g. mongodb://%2Ftmp%2Fmongodb-27017.sock.");
        }

        var entries = hostList.Split(',');
        if (_scheme == ConnectionStringScheme.Srv && entries.Length != 1)
        {
            Fail("A mongodb+srv:// connection string must name exactly one host, the DNS name whose SRV records list the servers.");
        }

        _hosts = new List<MongoServerAddress>(entries.Length);
        foreach (var entry in entries)
        {
            _hosts.Add(ParseHost(entry));
        }
    }

    private MongoServerAddress ParseHost(string entry)
    {
        if (entry.Length == 0)
        {
            Fail("The host list contains an empty entry; separate hosts with a single ','.");
        }

        string encodedHost;
        int? port = null;
        if (entry[0] == '[')
        {
            var close = entry.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                Fail($"Host '{entry}' opens '[' without a closing ']'.");
            }

            encodedHost = entry[1..close];
            var after = entry.AsSpan(close + 1);
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    Fail($"Host '{entry}' has text after ']'; write [address]:port.");
                }

                port = ParsePort(after[1..]);
            }

            if (!PercentEncoding.TryDecode(encodedHost, out var literal) || !MongoServerAddress.IsIPv6(literal))
            {
                Fail($"Host '{entry}' is not a valid IPv6 address.");
                return null;
            }

            CheckSrvPort(port);
            return new MongoServerAddress(literal, port ?? MongoServerAddress.DefaultPort, MongoHostType.IPLiteral);
        }

        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        encodedHost = colon < 0 ? entry : entry[..colon];
        if (colon >= 0)
        {
            if (entry.IndexOf(':', colon + 1) >= 0)
            {
                Fail($"Host '{entry}' contains more than one ':'; write host:port, and enclose IPv6 addresses in brackets, e.g. [::1]:27017.");
            }

            port = ParsePort(entry.AsSpan(colon + 1));
        }

        if (!PercentEncoding.TryDecode(encodedHost, out var host))
        {
            Fail($"Host '{entry}' contains a '%' that is not followed by two hexadecimal digits.");
        }

        CheckSrvPort(port);
        if (host.Contains('/', StringComparison.Ordinal))
        {
            if (port is not null)
            {
                Fail($"Unix domain socket '{host}' cannot have a port.");
            }

            if (!host.EndsWith(".sock", StringComparison.Ordinal))
            {
                Fail($"Host '{host}' contains '/' but is not a Unix domain socket path ending in '.sock'.");
            }

            if (_scheme == ConnectionStringScheme.Srv)
            {
                Fail("The host of a mongodb+srv:// connection string must be a DNS host name, not a socket path.");
            }

            return new MongoServerAddress(host, 0, MongoHostType.UnixDomainSocket);
        }

        if (MongoServerAddress.IsIPv4(host))
        {
            return new MongoServerAddress(host, port ?? MongoServerAddress.DefaultPort, MongoHostType.IPv4);
        }

        if (!MongoServerAddress.IsValidHostName(host))
        {
            Fail(host.Length == 0 ? $"Host '{entry}' has an empty host name." : $"'{host}' is not a valid host name.");
        }

        return new MongoServerAddress(host, port ?? MongoServerAddress.DefaultPort, MongoHostType.HostName);
    }

    private void CheckSrvPort(int? port)
    {
        if (_scheme == ConnectionStringScheme.Srv && port is not null)
        {
            Fail("The host of a mongodb+srv:// connection string must not have a port; the SRV records supply the ports.");
        }
    }

    private void ParseDatabaseName(string encoded)
    {
        if (encoded.Length == 0)
        {
            return;
        }

        if (!PercentEncoding.TryDecode(encoded, out var name))
        {
            Fail("The database name contains a '%' that is not followed by two hexadecimal digits.");
        }

        if (name.AsSpan().IndexOfAny("/\\ \"$") >= 0)
        {
            Fail($"Database name '{name}' contains a character database names cannot contain: '/', '\\', ' ', '\"' or '$'. "
                + "Hosts end at the first '/', so a Unix domain socket path must be URL encoded (%2F).");
        }

        _databaseName = name;
    }

    private void ParseOptions(string query)
    {
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var encodedKey = equals < 0 ? pair : pair[..equals];
            if (!PercentEncoding.TryDecode(encodedKey, out var key) || key.Length == 0)
            {
                Fail("An option has an empty or badly encoded name; options are written key=value.");
            }

            if (equals < 0)
            {
                Fail($"Option '{key}' has no value; options are written key=value.");
            }

            var lowerKey = ToLowerAscii(key);
            if (!PercentEncoding.TryDecode(pair.AsSpan(equals + 1), out var value))
            {
                Fail($"The value of option '{key}' contains a '%' that is not followed by two hexadecimal digits.");
            }

            _options.Add((lowerKey, value));
        }
    }

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

    private MongoCredential? BuildCredential()
    {
        var mechanism = _authMechanism == AuthenticationMechanismNames.Default ? null : _authMechanism;
        if (!_hasUserInfo && mechanism is null)
        {
            if (_authMechanismProperties is not null)
            {
                _warnings.Add("Option 'authMechanismProperties' was ignored because no credentials or authentication mechanism are given.");
            }

            return null;
        }

        var properties = _authMechanismProperties ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (mechanism == AuthenticationMechanismNames.Gssapi)
        {
            properties.TryAdd("SERVICE_NAME", "mongodb");
        }

        var credential = new MongoCredential
        {
            Username = _username,
            Password = _password,
            Mechanism = mechanism,
            MechanismProperties = properties,
            Source = _authSource ?? MongoCredential.DefaultSource(mechanism, _databaseName),
        };

        if (CredentialRules.Validate(credential) is { } error)
        {
            Fail(error);
        }

        return credential;
    }

    private MongoClientSettings Build()
    {
        var writeConcern = Defaults.WriteConcern;
        if (_w is not null || _wTimeout is not null || _journal is not null)
        {
            if (WriteConcern.Validate(_w, _wTimeout, _journal) is { } writeConcernError)
            {
                Fail(writeConcernError);
            }

            writeConcern = new WriteConcern(_w, _wTimeout, _journal);
        }

        var readPreference = Defaults.ReadPreference;
        if (_readPreferenceMode is not null || _readPreferenceTags is not null || _maxStalenessSeconds is not null)
        {
            var mode = _readPreferenceMode ?? ReadPreferenceMode.Primary;
            var tagSets = (IReadOnlyList<IReadOnlyDictionary<string, string>>?)_readPreferenceTags ?? [];
            TimeSpan? maxStaleness = _maxStalenessSeconds is null or -1 ? null : TimeSpan.FromSeconds(_maxStalenessSeconds.Value);
            if (ReadPreference.Validate(mode, tagSets, maxStaleness) is { } readPreferenceError)
            {
                Fail(readPreferenceError);
            }

            readPreference = new ReadPreference(mode, tagSets, maxStaleness);
        }

        var settings = new MongoClientSettings
        {
            Scheme = _scheme,
            Hosts = _hosts.AsReadOnly(),
            Credential = BuildCredential(),
            DatabaseName = _databaseName,
            ApplicationName = _applicationName,
            ConnectTimeout = _connectTimeout ?? Defaults.ConnectTimeout,
            SocketTimeout = _socketTimeout ?? Defaults.SocketTimeout,
            ServerSelectionTimeout = _serverSelectionTimeout ?? Defaults.ServerSelectionTimeout,
            ServerSelectionTryOnce = _serverSelectionTryOnce ?? Defaults.ServerSelectionTryOnce,
            HeartbeatFrequency = _heartbeatFrequency ?? Defaults.HeartbeatFrequency,
            LocalThreshold = _localThreshold ?? Defaults.LocalThreshold,
            MaxPoolSize = _maxPoolSize ?? Defaults.MaxPoolSize,
            MinPoolSize = _minPoolSize ?? Defaults.MinPoolSize,
            MaxConnecting = _maxConnecting ?? Defaults.MaxConnecting,
            MaxIdleTime = _maxIdleTime ?? Defaults.MaxIdleTime,
            WaitQueueTimeout = _waitQueueTimeout ?? Defaults.WaitQueueTimeout,
            Timeout = _timeout,
            TlsCAFile = _tlsCAFile,
            TlsCertificateKeyFile = _tlsCertificateKeyFile,
            TlsCertificateKeyFilePassword = _tlsCertificateKeyFilePassword,
            TlsAllowInvalidCertificates = _tlsAllowInvalidCertificates ?? false,
            TlsAllowInvalidHostnames = _tlsAllowInvalidHostnames ?? false,
            TlsInsecure = _tlsInsecure ?? false,
            TlsDisableOcspEndpointCheck = _tlsDisableOcspEndpointCheck ?? false,
            TlsDisableCertificateRevocationCheck = _tlsDisableCertificateRevocationCheck ?? false,
            ReadConcern = _readConcernLevel is null ? Defaults.ReadConcern : new ReadConcern(_readConcernLevel),
            WriteConcern = writeConcern,
            ReadPreference = readPreference,
            RetryWrites = _retryWrites ?? Defaults.RetryWrites,
            RetryReads = _retryReads ?? Defaults.RetryReads,
            MaxAdaptiveRetries = _maxAdaptiveRetries ?? Defaults.MaxAdaptiveRetries,
            EnableOverloadRetargeting = _enableOverloadRetargeting ?? Defaults.EnableOverloadRetargeting,
            Compressors = _compressors?.AsReadOnly() ?? Defaults.Compressors,
            ZlibCompressionLevel = _zlibCompressionLevel ?? Defaults.ZlibCompressionLevel,
            DirectConnection = _directConnection,
            ReplicaSet = _replicaSet,
            LoadBalanced = _loadBalanced ?? Defaults.LoadBalanced,
            SrvMaxHosts = _srvMaxHosts ?? Defaults.SrvMaxHosts,
            SrvServiceName = _srvServiceName ?? Defaults.SrvServiceName,
            ServerMonitoringMode = _serverMonitoringMode ?? Defaults.ServerMonitoringMode,
            ProxyHost = _proxyHost,
            ProxyPort = _proxyPort,
            ProxyUsername = _proxyUsername,
            ProxyPassword = _proxyPassword,
            Warnings = _warnings.AsReadOnly(),
        };

        if (_tls is { } useTls)
        {
            settings = settings with { UseTls = useTls };
        }

        if (MongoClientSettingsRules.Validate(settings) is { } error)
        {
            Fail(error);
        }

        return settings;
    }
}
