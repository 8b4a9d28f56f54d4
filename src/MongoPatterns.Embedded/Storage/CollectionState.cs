using System.Collections.Immutable;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Storage;

/// <summary>
/// A collection as of one snapshot: options, records in insertion order and indexes. Immutable: every write
/// returns a new state, so a failed write leaves nothing half-applied and readers never see a partial change.
/// </summary>
internal sealed class CollectionState
{
    private CollectionState(
        string database,
        string name,
        Guid uuid,
        BsonDocument options,
        CollectionValidator? validator,
        ImmutableSortedDictionary<long, StoredRecord> records,
        long nextRecordId,
        ImmutableList<IndexState> indexes,
        long dataSize,
        ImmutableHashSet<long>? writtenRecordIds)
    {
        Database = database;
        Name = name;
        Uuid = uuid;
        Options = options;
        Validator = validator;
        Records = records;
        NextRecordId = nextRecordId;
        Indexes = indexes;
        DataSize = dataSize;
        WrittenRecordIds = writtenRecordIds;
    }

    /// <summary>Gets the database name.</summary>
    public string Database { get; }

    /// <summary>Gets the collection name.</summary>
    public string Name { get; }

    /// <summary>Gets the namespace (<c>db.coll</c>).</summary>
    public string Namespace => Database + "." + Name;

    /// <summary>Gets the collection UUID (listCollections' <c>info.uuid</c>).</summary>
    public Guid Uuid { get; }

    /// <summary>Gets the creation options as listCollections reports them.</summary>
    public BsonDocument Options { get; }

    /// <summary>Gets the validator, or null.</summary>
    public CollectionValidator? Validator { get; }

    /// <summary>Gets the records by record id (natural order).</summary>
    public ImmutableSortedDictionary<long, StoredRecord> Records { get; }

    /// <summary>Gets the next record id to assign.</summary>
    public long NextRecordId { get; }

    /// <summary>Gets the indexes, <c>_id_</c> first.</summary>
    public ImmutableList<IndexState> Indexes { get; }

    /// <summary>Gets the total BSON size of the documents.</summary>
    public long DataSize { get; }

    /// <summary>
    /// Gets the ids of the records inserted, replaced or deleted since <see cref="TrackingWrites"/> was called, or null
    /// when writes are not tracked (committed collections). A transaction's private copies track their writes so that
    /// write conflicts can be detected and the changes replayed on commit.
    /// </summary>
    public ImmutableHashSet<long>? WrittenRecordIds { get; }

    /// <summary>Gets the number of documents.</summary>
    public int Count => Records.Count;

    /// <summary>Gets the <c>_id_</c> index.</summary>
    public IndexState IdIndex => Indexes[0];

    /// <summary>Gets a value indicating whether the collection is capped.</summary>
    public bool IsCapped => Options.TryGetValue("capped", out var capped) && capped.ToBoolean();

    /// <summary>Creates an empty collection with its <c>_id_</c> index.</summary>
    /// <param name="database">The database.</param>
    /// <param name="name">The collection.</param>
    /// <param name="options">The options (without the command name).</param>
    /// <param name="validator">The validator, or null.</param>
    /// <returns>The collection.</returns>
    public static CollectionState Create(string database, string name, BsonDocument options, CollectionValidator? validator) => new(
        database,
        name,
        Guid.NewGuid(),
        options,
        validator,
        ImmutableSortedDictionary<long, StoredRecord>.Empty,
        1,
        [IndexState.Create(IndexDefinition.IdIndex)],
        0,
        null);

    /// <summary>Finds a record by <c>_id</c>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The record or null.</returns>
    public StoredRecord? FindById(BsonValue id)
    {
        foreach (var entry in IdIndex.ScanEqual([id]))
        {
            return Records[entry.RecordId];
        }

        return null;
    }

    /// <summary>Finds an index by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The index or null.</returns>
    public IndexState? FindIndex(string name) => Indexes.FirstOrDefault(i => i.Definition.Name == name);

    /// <summary>Returns the collection with a new document (unique indexes checked).</summary>
    /// <param name="document">The document, <c>_id</c> first.</param>
    /// <param name="bytes">Its encoding.</param>
    /// <param name="version">The catalog version of the write.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="MongoServerException">A unique index already has the key, or the keys cannot be built.</exception>
    public CollectionState Insert(BsonDocument document, byte[] bytes, long version)
    {
        var recordId = NextRecordId;
        var indexes = Indexes;
        for (var i = 0; i < indexes.Count; i++)
        {
            var index = indexes[i];
            var keys = IndexKeyGenerator.GetKeys(index.Definition, document, out var multikey);
            if (index.Definition.Unique)
            {
                foreach (var key in keys)
                {
                    if (index.FindOther(key, recordId) is not null)
                    {
                        throw DuplicateKeyErrors.Create(Namespace, index.Definition, key);
                    }
                }
            }

            indexes = indexes.SetItem(i, index.Add(recordId, keys, multikey));
        }

        var record = new StoredRecord(recordId, document, bytes, version);
        var state = new CollectionState(Database, Name, Uuid, Options, Validator, Records.Add(recordId, record), recordId + 1, indexes, DataSize + bytes.Length, WrittenRecordIds?.Add(recordId));
        return state.IsCapped ? state.EnforceCap() : state;
    }

    /// <summary>Returns the collection with a record replaced by a new version of the document (same record id).</summary>
    /// <param name="record">The current record.</param>
    /// <param name="document">The new document.</param>
    /// <param name="bytes">Its encoding.</param>
    /// <param name="version">The catalog version of the write.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="MongoServerException">A unique index already has one of the new keys.</exception>
    public CollectionState Replace(StoredRecord record, BsonDocument document, byte[] bytes, long version)
    {
        ArgumentNullException.ThrowIfNull(record);
        var indexes = Indexes;
        for (var i = 0; i < indexes.Count; i++)
        {
            var index = indexes[i];
            var oldKeys = IndexKeyGenerator.GetKeys(index.Definition, record.Document, out _);
            var newKeys = IndexKeyGenerator.GetKeys(index.Definition, document, out var multikey);
            if (index.Definition.Unique)
            {
                foreach (var key in newKeys)
                {
                    if (index.FindOther(key, record.RecordId) is not null)
                    {
                        throw DuplicateKeyErrors.Create(Namespace, index.Definition, key);
                    }
                }
            }

            indexes = indexes.SetItem(i, index.Remove(record.RecordId, oldKeys).Add(record.RecordId, newKeys, multikey));
        }

        var updated = new StoredRecord(record.RecordId, document, bytes, version);
        return new CollectionState(
            Database, Name, Uuid, Options, Validator, Records.SetItem(record.RecordId, updated), NextRecordId, indexes, DataSize - record.Bytes.Length + bytes.Length, WrittenRecordIds?.Add(record.RecordId));
    }

    /// <summary>Returns the collection without a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The new state.</returns>
    public CollectionState Delete(StoredRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var indexes = Indexes;
        for (var i = 0; i < indexes.Count; i++)
        {
            var index = indexes[i];
            indexes = indexes.SetItem(i, index.Remove(record.RecordId, IndexKeyGenerator.GetKeys(index.Definition, record.Document, out _)));
        }

        return new CollectionState(
            Database, Name, Uuid, Options, Validator, Records.Remove(record.RecordId), NextRecordId, indexes, DataSize - record.Bytes.Length, WrittenRecordIds?.Add(record.RecordId));
    }

    /// <summary>Returns the collection with every document removed (indexes and options kept).</summary>
    /// <returns>The new state.</returns>
    public CollectionState Truncate() => new(
        Database,
        Name,
        Uuid,
        Options,
        Validator,
        ImmutableSortedDictionary<long, StoredRecord>.Empty,
        NextRecordId,
        Indexes.Select(i => IndexState.Create(i.Definition)).ToImmutableList(),
        0,
        WrittenRecordIds?.Union(Records.Keys));

    /// <summary>Returns the collection with a new index built over the existing documents.</summary>
    /// <param name="definition">The index.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="MongoServerException">The documents violate the unique constraint or cannot be indexed.</exception>
    public CollectionState AddIndex(IndexDefinition definition)
    {
        var builder = ImmutableSortedSet.CreateBuilder(new IndexEntryComparer(definition.Directions));
        var multikey = false;
        var seen = definition.Unique ? new HashSet<BsonValue[]>(IndexKeyEqualityComparer.Instance) : null;
        foreach (var record in Records.Values)
        {
            var keys = IndexKeyGenerator.GetKeys(definition, record.Document, out var expanded);
            multikey |= expanded;
            foreach (var key in keys)
            {
                if (seen is not null && !seen.Add(key))
                {
                    throw DuplicateKeyErrors.Create(Namespace, definition, key);
                }

                builder.Add(new IndexEntry(key, record.RecordId));
            }
        }

        var index = IndexState.Create(definition).WithEntries(builder.ToImmutable(), multikey);
        return new CollectionState(Database, Name, Uuid, Options, Validator, Records, NextRecordId, Indexes.Add(index), DataSize, WrittenRecordIds);
    }

    /// <summary>Returns the collection without an index.</summary>
    /// <param name="name">The index name.</param>
    /// <returns>The new state.</returns>
    public CollectionState DropIndex(string name) => new(
        Database, Name, Uuid, Options, Validator, Records, NextRecordId, Indexes.RemoveAll(i => i.Definition.Name == name), DataSize, WrittenRecordIds);

    /// <summary>Returns the collection with an index definition replaced (collMod of hidden / expireAfterSeconds).</summary>
    /// <param name="name">The index name.</param>
    /// <param name="definition">The new definition with the same key.</param>
    /// <returns>The new state.</returns>
    public CollectionState ReplaceIndexDefinition(string name, IndexDefinition definition)
    {
        var position = Indexes.FindIndex(i => i.Definition.Name == name);
        var index = Indexes[position];
        var replaced = IndexState.Create(definition).WithEntries(index.Entries, index.IsMultikey);
        return new(Database, Name, Uuid, Options, Validator, Records, NextRecordId, Indexes.SetItem(position, replaced), DataSize, WrittenRecordIds);
    }

    /// <summary>Returns the collection with new options and validator.</summary>
    /// <param name="options">The options.</param>
    /// <param name="validator">The validator.</param>
    /// <returns>The new state.</returns>
    public CollectionState WithOptions(BsonDocument options, CollectionValidator? validator) =>
        new(Database, Name, Uuid, options, validator, Records, NextRecordId, Indexes, DataSize, WrittenRecordIds);

    /// <summary>Returns the collection under another name (renameCollection).</summary>
    /// <param name="database">The new database.</param>
    /// <param name="name">The new name.</param>
    /// <returns>The new state.</returns>
    public CollectionState Renamed(string database, string name) =>
        new(database, name, Uuid, Options, Validator, Records, NextRecordId, Indexes, DataSize, WrittenRecordIds);

    /// <summary>Returns the collection with write tracking on (an empty <see cref="WrittenRecordIds"/> set unless already tracking).</summary>
    /// <returns>The tracking state (this instance when it already tracks).</returns>
    public CollectionState TrackingWrites() => WrittenRecordIds is not null
        ? this
        : new(Database, Name, Uuid, Options, Validator, Records, NextRecordId, Indexes, DataSize, ImmutableHashSet<long>.Empty);

    /// <summary>Returns the collection without write tracking (before it is published).</summary>
    /// <returns>The untracked state (this instance when it does not track).</returns>
    public CollectionState WithoutWriteTracking() => WrittenRecordIds is null
        ? this
        : new(Database, Name, Uuid, Options, Validator, Records, NextRecordId, Indexes, DataSize, null);

    private CollectionState EnforceCap()
    {
        var maxDocuments = Options.TryGetValue("max", out var max) && max.IsNumeric && max.ToInt64() > 0 ? max.ToInt64() : long.MaxValue;
        var maxSize = Options.TryGetValue("size", out var size) && size.IsNumeric && size.ToInt64() > 0 ? size.ToInt64() : long.MaxValue;
        var state = this;
        while (state.Count > 1 && (state.Count > maxDocuments || state.DataSize > maxSize))
        {
            state = state.Delete(state.Records.First().Value);
        }

        return state;
    }
}
