using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Storage;

/// <summary>
/// The catalog: one global write lock serialises every write, and each committed write publishes a new immutable
/// <see cref="CatalogSnapshot"/>. Readers take <see cref="Current"/> without locking.
/// </summary>
internal sealed class StorageEngine : IAggregationHost
{
    private readonly object _writeLock = new();
    private CatalogSnapshot _current = CatalogSnapshot.Empty;

    /// <summary>Gets the latest published snapshot.</summary>
    public CatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Runs a write under the global lock and publishes its changes (unless it throws).</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="write">The write.</param>
    /// <returns>The write's result.</returns>
    public T Write<T>(Func<CatalogWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_writeLock)
        {
            var writer = new CatalogWriter(_current);
            var result = write(writer);
            if (writer.Changed)
            {
                Volatile.Write(ref _current, writer.Build());
            }

            return result;
        }
    }

    /// <inheritdoc />
    public IEnumerable<BsonDocument> Scan(string database, string collection)
    {
        var state = Current.FindCollection(database, collection);
        return state is null ? [] : state.Records.Values.Select(r => r.Document);
    }

    /// <inheritdoc />
    public void ReplaceCollection(string database, string collection, IReadOnlyList<BsonDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Write(writer =>
        {
            var existing = writer.GetCollection(database, collection);
            if (existing is null)
            {
                NamespaceRules.ValidateWritableCollection(database, collection);
            }

            var state = existing?.Truncate() ?? CollectionState.Create(database, collection, new BsonDocument(), null);
            foreach (var document in documents)
            {
                var prepared = DocumentPreparer.PrepareInsert(document);
                state = state.Insert(prepared, DocumentPreparer.Encode(prepared), writer.Version);
            }

            writer.SetCollection(state);
            return 0;
        });
    }

    /// <inheritdoc />
    public void Merge(string database, string collection, IReadOnlyList<BsonDocument> documents, MergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        Write(writer =>
        {
            var state = writer.GetOrCreateCollection(database, collection, out _);
            foreach (var document in documents)
            {
                var query = new BsonDocument();
                foreach (var field in options.On)
                {
                    query.Add(field, document.GetValue(field, BsonNull.Value)!);
                }

                var filter = QueryFilter.Parse(query);
                var match = QueryPlanner.Plan(state, filter).Candidates.FirstOrDefault(r => filter.Matches(r.Document));
                if (match is null)
                {
                    switch (options.WhenNotMatched)
                    {
                        case "discard":
                            continue;
                        case "fail":
                            throw new MongoServerException(13113, "$merge could not find a matching document in the target collection for at least one document in the source collection");
                        default:
                            var prepared = DocumentPreparer.PrepareInsert(document);
                            state = state.Insert(prepared, DocumentPreparer.Encode(prepared), writer.Version);
                            continue;
                    }
                }

                BsonDocument merged;
                switch (options.WhenMatched)
                {
                    case "keepExisting":
                        continue;
                    case "fail":
                        throw DuplicateKeyErrors.Create(state.Namespace, IndexDefinition.IdIndex, [match.Document["_id"]]);
                    case "replace":
                        merged = new BsonDocument("_id", match.Document["_id"]);
                        foreach (var element in document)
                        {
                            if (element.Name != "_id")
                            {
                                merged.Add(element);
                            }
                        }

                        break;
                    case "pipeline" when options.WhenMatchedPipeline is not null:
                        // $$new (the incoming document) and the stage's let variables are bound per document.
                        merged = options.ApplyWhenMatched(match.Document, document, options.Now);
                        break;
                    default:
                        merged = match.Document.DeepClone();
                        foreach (var element in document)
                        {
                            merged.Set(element.Name, element.Value);
                        }

                        break;
                }

                merged = DocumentPreparer.EnsureIdFirst(merged);
                state = state.Replace(match, merged, DocumentPreparer.Encode(merged, forUpdate: true), writer.Version);
            }

            writer.SetCollection(state);
            return 0;
        });
    }

    /// <summary>Deletes the documents that TTL indexes say have expired.</summary>
    /// <param name="now">The current time.</param>
    /// <returns>The number of documents deleted.</returns>
    public int DeleteExpired(DateTime now)
    {
        var snapshot = Current;
        var anyTtl = snapshot.Databases.Values.Any(db => db.Collections.Values.Any(c => c.Indexes.Any(i => i.Definition.ExpireAfterSeconds is not null)));
        if (!anyTtl)
        {
            return 0;
        }

        return Write(writer =>
        {
            var deleted = 0;
            foreach (var db in writer.Databases.Values)
            {
                foreach (var collection in db.Collections.Values)
                {
                    var state = collection;
                    foreach (var index in collection.Indexes)
                    {
                        if (index.Definition.ExpireAfterSeconds is not { } seconds)
                        {
                            continue;
                        }

                        // The TTL index holds the dates in order: read the entries older than the cutoff only.
                        var cutoff = now.AddSeconds(-seconds);
                        var cutoffDate = new BsonDateTime(new DateTimeOffset(DateTime.SpecifyKind(cutoff, DateTimeKind.Utc)));
                        var expired = index.ScanRange(new BsonDateTime(long.MinValue), true, cutoffDate, false).Select(e => e.RecordId).Distinct().ToList();
                        foreach (var recordId in expired)
                        {
                            if (state.Records.TryGetValue(recordId, out var current) && IsExpired(current.Document, index.Definition.Fields[0].Path, cutoff))
                            {
                                state = state.Delete(current);
                                deleted++;
                            }
                        }
                    }

                    if (!ReferenceEquals(state, collection))
                    {
                        writer.SetCollection(state);
                    }
                }
            }

            return deleted;
        });
    }

    private static bool IsExpired(BsonDocument document, string path, DateTime cutoff)
    {
        BsonValue? value = document;
        foreach (var part in path.Split('.'))
        {
            value = value is BsonDocument d && d.TryGetValue(part, out var next) ? next : null;
            if (value is null)
            {
                return false;
            }
        }

        var cutoffMilliseconds = new DateTimeOffset(DateTime.SpecifyKind(cutoff, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
        return value switch
        {
            BsonDateTime date => date.MillisecondsSinceEpoch < cutoffMilliseconds,
            BsonArray array => array.OfType<BsonDateTime>().Select(d => d.MillisecondsSinceEpoch).DefaultIfEmpty(long.MaxValue).Min() < cutoffMilliseconds,
            _ => false,
        };
    }
}
