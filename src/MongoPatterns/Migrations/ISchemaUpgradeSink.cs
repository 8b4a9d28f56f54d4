using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>Receives the documents the read path upgraded, to write them back according to the <see cref="WriteBackPolicy"/>.</summary>
internal interface ISchemaUpgradeSink
{
    /// <summary>Called after a read upgraded a document (never for <see cref="WriteBackPolicy.Never"/>).</summary>
    /// <param name="schema">The entity's schema.</param>
    /// <param name="original">The document as it was read (used to guard the write).</param>
    /// <param name="upgraded">The upgraded document, stamped with the current version.</param>
    void DocumentUpgraded(EntitySchema schema, BsonDocument original, BsonDocument upgraded);
}
