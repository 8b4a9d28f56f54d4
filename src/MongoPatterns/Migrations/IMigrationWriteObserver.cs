using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>Told when the migration engine rewrote a document outside the repository's write path (a write-back or a sweep), e.g. so a cache can drop it.</summary>
internal interface IMigrationWriteObserver
{
    /// <summary>Called after a document was rewritten.</summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="collectionName">The collection.</param>
    /// <param name="id">The document id.</param>
    void DocumentRewritten(Type entityType, string collectionName, BsonValue id);
}
