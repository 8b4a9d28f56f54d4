namespace MongoPatterns.Embedded.Query;

/// <summary>The bitwise query operators.</summary>
internal enum BitTestKind
{
    /// <summary><c>$bitsAllSet</c>.</summary>
    AllSet,

    /// <summary><c>$bitsAnySet</c>.</summary>
    AnySet,

    /// <summary><c>$bitsAllClear</c>.</summary>
    AllClear,

    /// <summary><c>$bitsAnyClear</c>.</summary>
    AnyClear,
}
