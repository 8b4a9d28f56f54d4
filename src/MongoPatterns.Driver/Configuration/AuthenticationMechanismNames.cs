namespace MongoPatterns.Driver;

/// <summary>
/// The authentication mechanism names MongoDB understands, as used in the <c>authMechanism</c> connection string
/// option and in <see cref="MongoCredential.Mechanism"/>.
/// </summary>
public static class AuthenticationMechanismNames
{
    /// <summary>SCRAM with SHA-1 (RFC 5802), using MongoDB's MD5 password digest.</summary>
    public const string ScramSha1 = "SCRAM-SHA-1";

    /// <summary>SCRAM with SHA-256 (RFC 7677), using the SASLprep'd password. The default on MongoDB 4.0 and later.</summary>
    public const string ScramSha256 = "SCRAM-SHA-256";

    /// <summary>X.509 client certificate authentication; the certificate subject is the user name.</summary>
    public const string MongoDBX509 = "MONGODB-X509";

    /// <summary>SASL PLAIN (RFC 4616), used for LDAP.</summary>
    public const string Plain = "PLAIN";

    /// <summary>Kerberos (RFC 4752).</summary>
    public const string Gssapi = "GSSAPI";

    /// <summary>AWS IAM credentials.</summary>
    public const string MongoDBAws = "MONGODB-AWS";

    /// <summary>OpenID Connect access tokens.</summary>
    public const string MongoDBOidc = "MONGODB-OIDC";

    /// <summary>
    /// Not a mechanism: the connection string value that asks the driver to negotiate SCRAM-SHA-256 or SCRAM-SHA-1 with
    /// the server, exactly as when no mechanism is given. <see cref="MongoCredential.Mechanism"/> is <see langword="null"/> then.
    /// </summary>
    public const string Default = "DEFAULT";

    /// <summary>Whether credentials for <paramref name="mechanism"/> always live in the <c>$external</c> database.</summary>
    internal static bool RequiresExternalSource(string? mechanism) =>
        mechanism is MongoDBX509 or Gssapi or MongoDBAws or MongoDBOidc;

    /// <summary>Returns the canonical spelling of a mechanism name (matched case-insensitively), or <see langword="null"/> when it is unknown.</summary>
    internal static string? Canonicalize(string name)
    {
        foreach (var known in (ReadOnlySpan<string>)[ScramSha1, ScramSha256, MongoDBX509, Plain, Gssapi, MongoDBAws, MongoDBOidc, Default])
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }
}
