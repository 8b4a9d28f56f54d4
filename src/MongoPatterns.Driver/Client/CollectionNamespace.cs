namespace MongoPatterns.Driver;

/// <summary>The full name of a collection: <c>database.collection</c>.</summary>
public sealed record CollectionNamespace
{
    /// <summary>Creates a collection namespace.</summary>
    /// <param name="databaseNamespace">The database.</param>
    /// <param name="collectionName">The collection name: not empty and without NUL.</param>
    /// <exception cref="ArgumentException">The name is not a valid collection name.</exception>
    public CollectionNamespace(DatabaseNamespace databaseNamespace, string collectionName)
    {
        ArgumentNullException.ThrowIfNull(databaseNamespace);
        ArgumentException.ThrowIfNullOrEmpty(collectionName);
        if (collectionName.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{collectionName}' is not a valid collection name: it must not contain NUL.", nameof(collectionName));
        }

        DatabaseNamespace = databaseNamespace;
        CollectionName = collectionName;
    }

    /// <summary>Creates a collection namespace from database and collection names.</summary>
    /// <param name="databaseName">The database name.</param>
    /// <param name="collectionName">The collection name.</param>
    public CollectionNamespace(string databaseName, string collectionName)
        : this(new DatabaseNamespace(databaseName), collectionName)
    {
    }

    /// <summary>Gets the database.</summary>
    public DatabaseNamespace DatabaseNamespace { get; }

    /// <summary>Gets the collection name.</summary>
    public string CollectionName { get; }

    /// <summary>Gets <c>database.collection</c>.</summary>
    public string FullName => DatabaseNamespace.DatabaseName + "." + CollectionName;

    /// <summary>Returns <see cref="FullName"/>.</summary>
    /// <returns>The full name.</returns>
    public override string ToString() => FullName;
}
