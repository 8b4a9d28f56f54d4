using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// The entities of one test (clients, databases, collections, saved results) by unique name; names may not repeat and
/// lookups check the entity's type. Disposing closes the clients.
/// </summary>
internal sealed class UnifiedEntityMap : IAsyncDisposable
{
    private readonly Dictionary<string, object> _entities = new(StringComparer.Ordinal);

    /// <summary>Gets the client entities, in creation order.</summary>
    public IEnumerable<UnifiedClientEntity> Clients => _entities.Values.OfType<UnifiedClientEntity>();

    /// <summary>Adds an entity.</summary>
    /// <exception cref="InvalidOperationException">The name is taken.</exception>
    public void Add(string id, object entity)
    {
        if (!_entities.TryAdd(id, entity))
        {
            throw new InvalidOperationException($"An entity named '{id}' already exists.");
        }
    }

    /// <summary>Whether an entity with this name exists.</summary>
    public bool Contains(string id) => _entities.ContainsKey(id);

    /// <summary>Gets an entity of the given type.</summary>
    /// <exception cref="InvalidOperationException">No entity has the name, or it has another type.</exception>
    public T Get<T>(string id)
        where T : class =>
        _entities.TryGetValue(id, out var entity)
            ? entity as T ?? throw new InvalidOperationException($"Entity '{id}' is a {entity.GetType().Name}, not a {typeof(T).Name}.")
            : throw new InvalidOperationException($"No entity named '{id}'.");

    /// <summary>Gets the entity an operation's <c>object</c> names.</summary>
    public object Get(string id) =>
        _entities.TryGetValue(id, out var entity) ? entity : throw new InvalidOperationException($"No entity named '{id}'.");

    /// <summary>Gets a BSON entity (a saved result).</summary>
    public BsonValue GetBsonValue(string id) => Get<BsonValue>(id);

    /// <summary>Gets the logical session id of a session entity.</summary>
    /// <exception cref="NotSupportedException">Session entities are not supported by this runner yet.</exception>
    public BsonValue GetSessionLsid(string id) =>
        throw new NotSupportedException($"Session entities are not supported by the unified runner yet (session '{id}').");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients)
        {
            await client.DisposeAsync().ConfigureAwait(false);
        }

        _entities.Clear();
    }

    /// <summary>Gets the client a database belongs to.</summary>
    public UnifiedClientEntity ClientOf(IMongoClient client) =>
        Clients.FirstOrDefault(entity => ReferenceEquals(entity.Client, client)) ?? throw new InvalidOperationException("The client is not an entity of this test.");
}
