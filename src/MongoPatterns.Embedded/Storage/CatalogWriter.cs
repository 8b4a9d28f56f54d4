using System.Collections.Immutable;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Storage;

/// <summary>
/// The working copy of the catalog inside the global write lock. Changes become visible to readers only when the
/// <see cref="StorageEngine"/> publishes them as a new snapshot after the write completes.
/// </summary>
internal sealed class CatalogWriter
{
    private ImmutableSortedDictionary<string, DatabaseState> _databases;

    /// <summary>Creates a writer over a snapshot.</summary>
    /// <param name="snapshot">The current snapshot.</param>
    public CatalogWriter(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _databases = snapshot.Databases;
        Version = snapshot.Version + 1;
    }

    /// <summary>
    /// Gets or sets a value indicating whether the collections handed out track the records they write (a
    /// transaction's private workspace; see <see cref="CollectionState.WrittenRecordIds"/>).
    /// </summary>
    public bool TrackWrites { get; init; }

    /// <summary>Gets the version the changes will be published as.</summary>
    public long Version { get; }

    /// <summary>Gets a value indicating whether anything changed.</summary>
    public bool Changed { get; private set; }

    /// <summary>Gets the databases as currently written.</summary>
    public ImmutableSortedDictionary<string, DatabaseState> Databases => _databases;

    /// <summary>Finds a collection.</summary>
    /// <param name="database">The database.</param>
    /// <param name="collection">The collection.</param>
    /// <returns>The collection or null.</returns>
    public CollectionState? GetCollection(string database, string collection)
    {
        var state = _databases.TryGetValue(database, out var db) && db.Collections.TryGetValue(collection, out var found) ? found : null;
        return TrackWrites ? state?.TrackingWrites() : state;
    }

    /// <summary>Finds a collection, creating it (with default options) when it does not exist.</summary>
    /// <param name="database">The database.</param>
    /// <param name="collection">The collection.</param>
    /// <param name="created">Set when the collection was created.</param>
    /// <returns>The collection.</returns>
    public CollectionState GetOrCreateCollection(string database, string collection, out bool created)
    {
        var existing = GetCollection(database, collection);
        if (existing is not null)
        {
            created = false;
            return existing;
        }

        NamespaceRules.ValidateWritableCollection(database, collection);
        var state = CollectionState.Create(database, collection, new BsonDocument(), null);
        if (TrackWrites)
        {
            state = state.TrackingWrites();
        }

        SetCollection(state);
        created = true;
        return state;
    }

    /// <summary>Creates a collection.</summary>
    /// <param name="state">The new collection.</param>
    /// <exception cref="MongoServerException">The collection exists (NamespaceExists 48).</exception>
    public void CreateCollection(CollectionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (GetCollection(state.Database, state.Name) is not null)
        {
            throw new MongoServerException(ErrorCodes.NamespaceExists, $"Collection {state.Namespace} already exists.");
        }

        SetCollection(state);
    }

    /// <summary>Stores a collection state (new or changed).</summary>
    /// <param name="state">The collection.</param>
    public void SetCollection(CollectionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var db = _databases.TryGetValue(state.Database, out var existing) ? existing : DatabaseState.Create(state.Database);
        _databases = _databases.SetItem(state.Database, db with { Collections = db.Collections.SetItem(state.Name, state) });
        Changed = true;
    }

    /// <summary>Removes a collection; an emptied database disappears like in MongoDB.</summary>
    /// <param name="database">The database.</param>
    /// <param name="collection">The collection.</param>
    /// <returns>True when it existed.</returns>
    public bool DropCollection(string database, string collection)
    {
        if (!_databases.TryGetValue(database, out var db) || !db.Collections.ContainsKey(collection))
        {
            return false;
        }

        var collections = db.Collections.Remove(collection);
        _databases = collections.IsEmpty ? _databases.Remove(database) : _databases.SetItem(database, db with { Collections = collections });
        Changed = true;
        return true;
    }

    /// <summary>Removes a database.</summary>
    /// <param name="database">The database.</param>
    /// <returns>True when it existed.</returns>
    public bool DropDatabase(string database)
    {
        if (!_databases.ContainsKey(database))
        {
            return false;
        }

        _databases = _databases.Remove(database);
        Changed = true;
        return true;
    }

    /// <summary>Builds the snapshot to publish.</summary>
    /// <returns>The snapshot.</returns>
    public CatalogSnapshot Build() => new(Version, _databases);
}
