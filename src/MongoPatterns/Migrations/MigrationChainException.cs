using MongoPatterns.Exceptions;

namespace MongoPatterns.Migrations;

/// <summary>
/// The document migrations of an entity do not form a complete chain (a step is missing, two steps produce the same
/// version, or a step produces a version the entity does not have). Raised at startup; the message names the step.
/// </summary>
public sealed class MigrationChainException : MongoPatternsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The entity whose chain is broken.</param>
    /// <param name="fromVersion">The version the broken step starts from.</param>
    /// <param name="toVersion">The version the broken step produces.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public MigrationChainException(Type entityType, int fromVersion, int toVersion, string message)
        : base(message)
    {
        EntityType = entityType;
        FromVersion = fromVersion;
        ToVersion = toVersion;
    }

    /// <summary>Gets the entity whose chain is broken.</summary>
    public Type EntityType { get; }

    /// <summary>Gets the version the broken step starts from.</summary>
    public int FromVersion { get; }

    /// <summary>Gets the version the broken step produces.</summary>
    public int ToVersion { get; }
}
