namespace MongoPatterns.Driver;

/// <summary>Which writes a collection's validator checks (<c>validationLevel</c>).</summary>
public enum DocumentValidationLevel
{
    /// <summary>Every insert and update. The server default.</summary>
    Strict,

    /// <summary>Inserts, and updates of documents that were already valid.</summary>
    Moderate,

    /// <summary>No validation.</summary>
    Off,
}
