namespace MongoPatterns.Embedded.Commands;

/// <summary>The MongoDB version and limits this server reports.</summary>
internal static class ServerIdentity
{
    /// <summary>The reported version.</summary>
    public const string Version = "7.0.14";

    /// <summary>The reported git version (identifies this implementation).</summary>
    public const string GitVersion = "0000000000000000000000000000000000000000";

    /// <summary>The wire version of MongoDB 7.0.</summary>
    public const int MaxWireVersion = 21;

    /// <summary>The oldest wire version accepted.</summary>
    public const int MinWireVersion = 0;

    /// <summary>The logical session timeout.</summary>
    public const int LogicalSessionTimeoutMinutes = 30;

    /// <summary>Gets the version as four numbers.</summary>
    public static int[] VersionArray { get; } = [7, 0, 14, 0];
}
