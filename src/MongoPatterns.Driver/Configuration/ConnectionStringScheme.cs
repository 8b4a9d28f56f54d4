namespace MongoPatterns.Driver;

/// <summary>The scheme of a MongoDB connection string.</summary>
public enum ConnectionStringScheme
{
    /// <summary><c>mongodb://</c>: the hosts are listed in the connection string itself.</summary>
    Standard,

    /// <summary>
    /// <c>mongodb+srv://</c>: the single host name is a DNS name whose SRV and TXT records supply the seed list and
    /// extra options (Initial DNS Seedlist Discovery). TLS is on by default for this scheme.
    /// </summary>
    Srv,
}
