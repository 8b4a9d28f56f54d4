namespace MongoPatterns.Bson;

/// <summary>
/// The byte orders in which a <see cref="Guid"/> is stored in BSON binary data.
/// </summary>
public enum GuidRepresentation
{
    /// <summary>The RFC 4122 byte order (the text order of the hex digits), binary subtype 4.</summary>
    Standard,

    /// <summary>The legacy .NET driver order (<see cref="Guid.ToByteArray()"/>), binary subtype 3.</summary>
    CSharpLegacy,

    /// <summary>The legacy Java driver order (each 8-byte half reversed), binary subtype 3.</summary>
    JavaLegacy,

    /// <summary>The legacy Python driver order (same bytes as standard), binary subtype 3.</summary>
    PythonLegacy,
}
