using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MongoPatterns.Driver;

/// <summary>
/// Parses a connection string into <see cref="MongoClientSettings"/> following the Connection String specification
/// (syntax, percent-decoding, warnings for unknown or invalid options) and the URI Options specification (the option
/// list, value types and the errors for conflicting options).
/// </summary>
/// <remarks>Error and warning messages never contain the password or other secret option values.</remarks>
internal sealed partial class ConnectionStringParser
{
    private const string StandardPrefix = "mongodb://";
    private const string SrvPrefix = "mongodb+srv://";

    private static readonly MongoClientSettings Defaults = new();

    private readonly List<string> _warnings = [];
    private readonly List<(string Key, string Value)> _options = [];

    private ConnectionStringScheme _scheme;
    private string? _username;
    private string? _password;
    private bool _hasUserInfo;
    private List<MongoServerAddress> _hosts = [];
    private string? _databaseName;

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
