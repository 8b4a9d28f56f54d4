namespace MongoPatterns.Driver;

/// <summary>What kind of host a <see cref="MongoServerAddress"/> names.</summary>
public enum MongoHostType
{
    /// <summary>A DNS host name, e.g. <c>db1.example.com</c>.</summary>
    HostName,

    /// <summary>A dotted-decimal IPv4 address, e.g. <c>127.0.0.1</c>.</summary>
    IPv4,

    /// <summary>An IPv6 address, written in square brackets in a connection string, e.g. <c>[::1]</c>.</summary>
    IPLiteral,

    /// <summary>
    /// The path of a Unix domain socket, e.g. <c>/tmp/mongodb-27017.sock</c>
    /// (percent-encoded as <c>%2Ftmp%2Fmongodb-27017.sock</c> in a connection string).
    /// </summary>
    UnixDomainSocket,
}
