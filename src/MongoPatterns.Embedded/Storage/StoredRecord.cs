using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Storage;

/// <summary>One stored document: immutable once published.</summary>
/// <param name="RecordId">The record's identity within its collection (insertion order; kept by updates).</param>
/// <param name="Document">The document (never modified after it is stored).</param>
/// <param name="Bytes">The document's BSON encoding, copied into replies without re-encoding.</param>
/// <param name="Version">The catalog version that last wrote the record.</param>
internal sealed record StoredRecord(long RecordId, BsonDocument Document, byte[] Bytes, long Version);
