namespace MongoPatterns.Migrations;

/// <summary>What happens when a document has a higher schema version than the code knows (an older instance during a rolling deploy).</summary>
public enum NewerDocumentPolicy
{
    /// <summary>The read fails with <see cref="SchemaVersionTooNewException"/> naming the document id and both versions.</summary>
    Throw = 0,

    /// <summary>The <see cref="DocumentMigration{T}.Down"/> steps bring the document to the current version; when a step has no downgrade the read fails with <see cref="SchemaVersionTooNewException"/>.</summary>
    Downgrade = 1,

    /// <summary>
    /// The document is mapped as it is. Elements the entity does not know are kept (in the entity's
    /// <c>[BsonExtraElements]</c> member, or on the side for that instance) and written back with the document's own
    /// version when the same instance is saved, so nothing written by newer code is lost.
    /// </summary>
    ReadAsIs = 2,
}
