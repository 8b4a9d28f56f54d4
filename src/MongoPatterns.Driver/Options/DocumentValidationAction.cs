namespace MongoPatterns.Driver;

/// <summary>What happens to an invalid document (<c>validationAction</c>).</summary>
public enum DocumentValidationAction
{
    /// <summary>The write is rejected. The server default.</summary>
    Error,

    /// <summary>The write is accepted and a warning logged.</summary>
    Warn,
}
