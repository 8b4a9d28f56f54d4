using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Tests.Aggregation;

/// <summary>An in-memory <see cref="IAggregationHost"/>: collections are lists; <c>$merge</c> follows <see cref="MergeOptions"/>.</summary>
internal sealed class FakeAggregationHost : IAggregationHost
{
    private readonly Dictionary<(string Database, string Collection), List<BsonDocument>> _collections = [];

    public int ScanCount { get; private set; }

    public FakeAggregationHost With(string collection, string documents, string database = "test")
    {
        _collections[(database, collection)] = Tests.Expressions.ShellJson.Array(documents).Select(static v => v.AsBsonDocument).ToList();
        return this;
    }

    public List<BsonDocument> Contents(string collection, string database = "test") =>
        _collections.TryGetValue((database, collection), out var documents) ? documents : [];

    public IEnumerable<BsonDocument> Scan(string database, string collection)
    {
        ScanCount++;
        return Contents(collection, database).ToList();
    }

    public void ReplaceCollection(string database, string collection, IReadOnlyList<BsonDocument> documents) =>
        _collections[(database, collection)] = documents.ToList();

    public void Merge(string database, string collection, IReadOnlyList<BsonDocument> documents, MergeOptions options)
    {
        if (!_collections.TryGetValue((database, collection), out var target))
        {
            target = [];
            _collections[(database, collection)] = target;
        }

        foreach (var incoming in documents)
        {
            var key = options.OnValues(incoming);
            var index = target.FindIndex(existing => BsonValueComparer.Instance.Equals(options.OnValues(existing), key));
            if (index < 0)
            {
                switch (options.WhenNotMatched)
                {
                    case "insert":
                        target.Add(incoming);
                        break;
                    case "fail":
                        throw new MongoServerException(13113, "$merge could not find a matching document in the target collection for at least one document in the source collection");
                }

                continue;
            }

            target[index] = options.ApplyWhenMatched(target[index], incoming, DateTime.UtcNow);
        }
    }
}
