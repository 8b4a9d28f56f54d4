namespace MongoPatterns.Driver.Authentication;

/// <summary>The hash function a SCRAM conversation uses.</summary>
internal enum ScramAlgorithm
{
    /// <summary>SCRAM-SHA-1 (RFC 5802).</summary>
    Sha1,

    /// <summary>SCRAM-SHA-256 (RFC 7677).</summary>
    Sha256,
}
