using System.Collections.Frozen;

namespace MongoPatterns.Driver.Exceptions;

/// <summary>Server error codes the driver reacts to, and the names of the common ones.</summary>
internal static class ServerErrorCodes
{
    public const int AuthenticationFailed = 18;
    public const int NamespaceNotFound = 26;
    public const int IndexNotFound = 27;
    public const int CursorNotFound = 43;
    public const int NamespaceExists = 48;
    public const int MaxTimeMSExpired = 50;
    public const int CommandNotFound = 59;
    public const int ShutdownInProgress = 91;
    public const int PrimarySteppedDown = 189;
    public const int LegacyNotPrimary = 10058;
    public const int NotWritablePrimary = 10107;
    public const int DuplicateKey = 11000;
    public const int DuplicateKeyLegacy = 11001;
    public const int InterruptedAtShutdown = 11600;
    public const int InterruptedDueToReplStateChange = 11602;
    public const int DuplicateKeyOnUpdate = 12582;
    public const int NotPrimaryNoSecondaryOk = 13435;
    public const int NotPrimaryOrSecondary = 13436;

    private static readonly FrozenDictionary<int, string> Names = new Dictionary<int, string>
    {
        [1] = "InternalError",
        [2] = "BadValue",
        [4] = "NoSuchKey",
        [6] = "HostUnreachable",
        [7] = "HostNotFound",
        [8] = "UnknownError",
        [9] = "FailedToParse",
        [11] = "UserNotFound",
        [13] = "Unauthorized",
        [14] = "TypeMismatch",
        [16] = "InvalidLength",
        [18] = "AuthenticationFailed",
        [20] = "IllegalOperation",
        [26] = "NamespaceNotFound",
        [27] = "IndexNotFound",
        [28] = "PathNotViable",
        [40] = "ConflictingUpdateOperators",
        [43] = "CursorNotFound",
        [48] = "NamespaceExists",
        [50] = "MaxTimeMSExpired",
        [52] = "DollarPrefixedFieldName",
        [53] = "InvalidIdField",
        [54] = "NotSingleValueField",
        [59] = "CommandNotFound",
        [64] = "WriteConcernFailed",
        [66] = "ImmutableField",
        [67] = "CannotCreateIndex",
        [72] = "InvalidOptions",
        [73] = "InvalidNamespace",
        [85] = "IndexOptionsConflict",
        [86] = "IndexKeySpecsConflict",
        [89] = "NetworkTimeout",
        [91] = "ShutdownInProgress",
        [96] = "OperationFailed",
        [100] = "UnsatisfiableWriteConcern",
        [112] = "WriteConflict",
        [121] = "DocumentValidationFailure",
        [133] = "FailedToSatisfyReadPreference",
        [189] = "PrimarySteppedDown",
        [238] = "NotImplemented",
        [251] = "NoSuchTransaction",
        [262] = "ExceededTimeLimit",
        [9001] = "SocketException",
        [10058] = "LegacyNotPrimary",
        [10107] = "NotWritablePrimary",
        [11000] = "DuplicateKey",
        [11600] = "InterruptedAtShutdown",
        [11602] = "InterruptedDueToReplStateChange",
        [13435] = "NotPrimaryNoSecondaryOk",
        [13436] = "NotPrimaryOrSecondary",
    }.ToFrozenDictionary();

    /// <summary>Returns the name of a well-known code, or <see langword="null"/>.</summary>
    public static string? NameOf(int code) => Names.GetValueOrDefault(code);

    /// <summary>Classifies a code.</summary>
    public static ServerErrorCategory Categorize(int code) => code switch
    {
        DuplicateKey or DuplicateKeyLegacy or DuplicateKeyOnUpdate => ServerErrorCategory.DuplicateKey,
        MaxTimeMSExpired => ServerErrorCategory.ExecutionTimeout,
        _ => ServerErrorCategory.Uncategorized,
    };

    /// <summary>Whether the code means "this server is not (or no longer) a writable primary" (SDAM).</summary>
    public static bool IsNotWritablePrimary(int code) => code is NotWritablePrimary or NotPrimaryNoSecondaryOk or LegacyNotPrimary;

    /// <summary>Whether the code means "this server is recovering or shutting down" (SDAM).</summary>
    public static bool IsNodeIsRecovering(int code) =>
        code is InterruptedAtShutdown or InterruptedDueToReplStateChange or NotPrimaryOrSecondary or PrimarySteppedDown or ShutdownInProgress;

    /// <summary>Whether the code means the server is shutting down (SDAM: the pool must be cleared).</summary>
    public static bool IsShutdown(int code) => code is InterruptedAtShutdown or ShutdownInProgress;
}
