using System.Collections.Concurrent;
using MongoPatterns.Repositories;

namespace MongoPatterns.Tests.Migrations;

/// <summary>Records the writes the engine reports to the repositories' write observers (what a cache would be told).</summary>
internal sealed class RecordingWriteObserver : IRepositoryWriteObserver
{
    public ConcurrentQueue<string> Writes { get; } = new();

    public ValueTask OnWrittenAsync(string databaseName, string collectionName, CancellationToken cancellationToken)
    {
        Writes.Enqueue(collectionName);
        return ValueTask.CompletedTask;
    }
}
