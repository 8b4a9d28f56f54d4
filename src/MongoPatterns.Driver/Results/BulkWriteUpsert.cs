using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <summary>A document inserted by an upsert during a bulk write.</summary>
/// <param name="Index">The index of the request in the caller's list.</param>
/// <param name="Id">The <c>_id</c> of the inserted document.</param>
public sealed record BulkWriteUpsert(int Index, BsonValue Id);
