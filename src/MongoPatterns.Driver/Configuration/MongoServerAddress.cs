using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MongoPatterns.Driver;

/// <summary>
/// The address of one MongoDB server: a host name, an IPv4 address, an IPv6 address or a Unix domain socket path,
/// plus a TCP port.
/// </summary>
/// <remarks>
/// Instances are immutable. Two addresses are equal when they have the same port and the same host, where host
/// names and IP addresses compare case-insensitively and socket paths compare exactly.
/// </remarks>
public sealed class MongoServerAddress : IEquatable<MongoServerAddress>
{
    /// <summary>The port MongoDB listens on unless told otherwise: 27017.</summary>
    public const int DefaultPort = 27017;

    /// <summary>
    /// Initializes a new address, working out the <see cref="HostType"/> from <paramref name="host"/>: a value
    /// containing <c>/</c> is a Unix domain socket path, a value that parses as an IPv6 address (with or without
    /// brackets) is an IP literal, four dot-separated numbers up to 255 are IPv4, and anything else is a host name.
    /// </summary>
    /// <param name="host">The host name, IP address or socket path (not percent-encoded).</param>
    /// <param name="port">The TCP port, 1 to 65535. Ignored for Unix domain sockets.</param>
    /// <exception cref="ArgumentException"><paramref name="host"/> is empty or contains characters a host cannot contain.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is outside 1 to 65535.</exception>
    public MongoServerAddress(string host, int port = DefaultPort)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var type = InferHostType(host);
        if (type == MongoHostType.IPLiteral && host.StartsWith('['))
        {
            host = host[1..^1];
        }

        if (type != MongoHostType.UnixDomainSocket)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
            if (type == MongoHostType.HostName && !IsValidHostName(host))
            {
                throw new ArgumentException($"'{host}' is not a valid host name.", nameof(host));
            }
        }

        Host = host;
        Port = type == MongoHostType.UnixDomainSocket ? 0 : port;
        HostType = type;
    }

    /// <summary>Initializes an address whose host type the caller (the connection string parser) already knows.</summary>
    internal MongoServerAddress(string host, int port, MongoHostType hostType)
    {
        Host = host;
        Port = hostType == MongoHostType.UnixDomainSocket ? 0 : port;
        HostType = hostType;
    }

    /// <summary>
    /// Gets the host: a host name, a dotted IPv4 address, an IPv6 address without brackets (e.g. <c>::1</c>) or a
    /// decoded socket path (e.g. <c>/tmp/mongodb-27017.sock</c>).
    /// </summary>
    public string Host { get; }

    /// <summary>Gets the TCP port (default <see cref="DefaultPort"/>); 0 for Unix domain sockets, which have no port.</summary>
    public int Port { get; }

    /// <summary>Gets what kind of host <see cref="Host"/> is.</summary>
    public MongoHostType HostType { get; }

    /// <inheritdoc />
    public bool Equals(MongoServerAddress? other) =>
        other is not null
        && Port == other.Port
        && HostType == other.HostType
        && string.Equals(Host, other.Host, HostType == MongoHostType.UnixDomainSocket ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MongoServerAddress);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        HostType == MongoHostType.UnixDomainSocket ? StringComparer.Ordinal.GetHashCode(Host) : StringComparer.OrdinalIgnoreCase.GetHashCode(Host),
        Port);

    /// <summary>
    /// Returns the address as written in a connection string but not percent-encoded: <c>host:port</c>,
    /// <c>[ipv6]:port</c>, or the bare socket path.
    /// </summary>
    /// <returns>The address text.</returns>
    public override string ToString() => HostType switch
    {
        MongoHostType.UnixDomainSocket => Host,
        MongoHostType.IPLiteral => string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}"),
    };

    /// <summary>Whether <paramref name="host"/> is four dot-separated decimal numbers from 0 to 255.</summary>
    internal static bool IsIPv4(ReadOnlySpan<char> host)
    {
        for (var part = 0; part < 4; part++)
        {
            var dot = host.IndexOf('.');
            var digits = part < 3 ? (dot < 0 ? [] : host[..dot]) : host;
            if (digits.Length is 0 or > 3 || (part == 3 && dot >= 0))
            {
                return false;
            }

            var value = 0;
            foreach (var c in digits)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (value > 255)
            {
                return false;
            }

            host = part < 3 ? host[(dot + 1)..] : [];
        }

        return true;
    }

    /// <summary>Whether <paramref name="host"/> (without brackets) is an IPv6 address.</summary>
    internal static bool IsIPv6(string host) =>
        host.Contains(':', StringComparison.Ordinal)
        && IPAddress.TryParse(host, out var address)
        && address.AddressFamily == AddressFamily.InterNetworkV6;

    /// <summary>
    /// Whether <paramref name="host"/> can be a host name: not empty and free of white space, control characters and
    /// the delimiters of a connection string.
    /// </summary>
    internal static bool IsValidHostName(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty)
        {
            return false;
        }

        foreach (var c in host)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || "/\\?#@[]:,%\"".Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private static MongoHostType InferHostType(string host)
    {
        if (host.Contains('/', StringComparison.Ordinal))
        {
            return MongoHostType.UnixDomainSocket;
        }

        if (host.StartsWith('[') && host.EndsWith(']') && IsIPv6(host[1..^1]))
        {
            return MongoHostType.IPLiteral;
        }

        if (IsIPv6(host))
        {
            return MongoHostType.IPLiteral;
        }

        return IsIPv4(host) ? MongoHostType.IPv4 : MongoHostType.HostName;
    }
}
