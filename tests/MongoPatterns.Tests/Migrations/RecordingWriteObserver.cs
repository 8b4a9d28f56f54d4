using System.Collections.Concurrent;
using MongoPatterns.Bson;
using MongoPatterns.Migrations;

namespace MongoPatterns.Tests.Migrations;

/// <summary>Records the documents the engine rewrote outside the repository (what a cache would be told).</summary>
internal sealed class RecordingWriteObserver : IMigrationWriteObserver
{
    public ConcurrentQueue<BsonValue> Rewritten { get; } = new();

    public void DocumentRewritten(Type entityType, string collectionName, BsonValue id) => Rewritten.Enqueue(id);
}
