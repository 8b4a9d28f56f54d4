using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Storage;

/// <summary>MongoDB's naming rules for databases and collections.</summary>
internal static class NamespaceRules
{
    private const int MaxDatabaseNameLength = 63;
    private const int MaxNamespaceLength = 255;
    private static readonly System.Buffers.SearchValues<char> InvalidDatabaseCharacters = System.Buffers.SearchValues.Create("/\\. \"$\0");

    /// <summary>Validates a database name.</summary>
    /// <param name="database">The name.</param>
    /// <exception cref="MongoServerException">InvalidNamespace (73).</exception>
    public static void ValidateDatabase(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Length == 0 || database.Length > MaxDatabaseNameLength || database.AsSpan().IndexOfAny(InvalidDatabaseCharacters) >= 0)
        {
            throw new MongoServerException(ErrorCodes.InvalidNamespace, $"Invalid database name: '{database}'");
        }
    }

    /// <summary>Validates a collection name for a read (any syntactically valid name).</summary>
    /// <param name="database">The database.</param>
    /// <param name="collection">The collection.</param>
    /// <exception cref="MongoServerException">InvalidNamespace (73).</exception>
    public static void ValidateCollection(string database, string collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ValidateDatabase(database);
        if (collection.Length == 0 || collection.Contains('\0', StringComparison.Ordinal) || collection.StartsWith('.'))
        {
            throw new MongoServerException(ErrorCodes.InvalidNamespace, $"Invalid namespace specified '{database}.{collection}'");
        }

        if (database.Length + 1 + collection.Length > MaxNamespaceLength)
        {
            throw new MongoServerException(ErrorCodes.InvalidNamespace, $"Fully qualified namespace is too long. Namespace: {database}.{collection} Max: {MaxNamespaceLength}");
        }
    }

    /// <summary>Validates a collection name for creation or a write (no '$', no reserved system collections).</summary>
    /// <param name="database">The database.</param>
    /// <param name="collection">The collection.</param>
    /// <exception cref="MongoServerException">InvalidNamespace (73).</exception>
    public static void ValidateWritableCollection(string database, string collection)
    {
        ValidateCollection(database, collection);
        if (collection.Contains('$', StringComparison.Ordinal))
        {
            throw new MongoServerException(ErrorCodes.InvalidNamespace, $"Invalid collection name: {collection}");
        }

        if (collection.StartsWith("system.", StringComparison.Ordinal) && collection is not ("system.js" or "system.views" or "system.profile"))
        {
            throw new MongoServerException(ErrorCodes.InvalidNamespace, $"Invalid system namespace: {database}.{collection}");
        }
    }
}
