using MongoPatterns.Bson;
using MongoPatterns.Exceptions;

namespace MongoPatterns.Migrations;

/// <summary>
/// A document was written by newer code than this one (its schema version is higher than the entity's current version)
/// and the <see cref="NewerDocumentPolicy"/> does not allow reading it.
/// </summary>
public sealed class SchemaVersionTooNewException : MongoPatternsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="documentId">The document's <c>_id</c>, or <see langword="null"/> when it has none.</param>
    /// <param name="documentVersion">The document's version.</param>
    /// <param name="currentVersion">The version the code knows.</param>
    /// <param name="reason">Why it cannot be read, or <see langword="null"/>.</param>
    public SchemaVersionTooNewException(Type entityType, BsonValue? documentId, int documentVersion, int currentVersion, string? reason = null)
        : base(FormatMessage(entityType, documentId, documentVersion, currentVersion, reason))
    {
        EntityType = entityType;
        DocumentId = documentId;
        DocumentVersion = documentVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>Gets the entity type.</summary>
    public Type EntityType { get; }

    /// <summary>Gets the document's <c>_id</c>, or <see langword="null"/> when it has none.</summary>
    public BsonValue? DocumentId { get; }

    /// <summary>Gets the document's schema version.</summary>
    public int DocumentVersion { get; }

    /// <summary>Gets the schema version the code knows.</summary>
    public int CurrentVersion { get; }

    private static string FormatMessage(Type entityType, BsonValue? documentId, int documentVersion, int currentVersion, string? reason)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var id = documentId is null ? "(no _id)" : documentId.ToString();
        var message = $"The {entityType.Name} document {id} has schema version {documentVersion}, newer than the version {currentVersion} this code knows";
        return reason is null
            ? message + ". Deploy the newer code everywhere, or choose NewerDocumentPolicy.Downgrade or ReadAsIs."
            : message + ": " + reason;
    }
}
