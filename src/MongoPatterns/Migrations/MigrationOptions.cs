namespace MongoPatterns.Migrations;

/// <summary>How documents are versioned and upgraded on read. Set them with <see cref="MigrationsBuilder"/>.</summary>
public sealed class MigrationOptions
{
    /// <summary>Gets or sets the element that stores a document's schema version. Default <c>schemaVersion</c>; the entity must not map it.</summary>
    public string VersionField { get; set; } = "schemaVersion";

    /// <summary>Gets or sets the version of documents that have no version element (written before versioning). Default 1.</summary>
    public int MissingVersion { get; set; } = 1;

    /// <summary>Gets or sets what happens to documents upgraded on read. Default <see cref="WriteBackPolicy.OnRead"/>.</summary>
    public WriteBackPolicy WriteBack { get; set; } = WriteBackPolicy.OnRead;

    /// <summary>Gets or sets what happens to documents newer than the code. Default <see cref="NewerDocumentPolicy.Throw"/>.</summary>
    public NewerDocumentPolicy NewerDocuments { get; set; } = NewerDocumentPolicy.Throw;
}
