using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Storage;

/// <summary>An index entry: the key values (one per key-pattern field) and the record they point to.</summary>
/// <param name="Values">The key values; a shorter array is a search probe for a key prefix.</param>
/// <param name="RecordId">The record, or <see cref="long.MinValue"/>/<see cref="long.MaxValue"/> for probes.</param>
internal readonly record struct IndexEntry(BsonValue[] Values, long RecordId);
