using MongoPatterns.Configuration;
using MongoPatterns.Driver;

namespace MongoPatterns.Databases;

/// <summary>
/// The registered databases, for advanced use beside the repositories. Databases sharing a connection string share one
/// <see cref="IMongoClient"/> (a singleton per distinct connection string).
/// </summary>
public interface IMongoDatabaseProvider
{
    /// <summary>Gets the registered database names (<c>default</c> for the main database, then the named ones).</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Gets a registered database.</summary>
    /// <param name="name">The registered name (default: the main database).</param>
    /// <returns>The database.</returns>
    /// <exception cref="InvalidOperationException">No database is registered under <paramref name="name"/>.</exception>
    IMongoDatabase GetDatabase(string name = MongoPatternsOptions.DefaultDatabase);

    /// <summary>Gets the client a registered database uses.</summary>
    /// <param name="name">The registered name (default: the main database).</param>
    /// <returns>The client.</returns>
    IMongoClient GetClient(string name = MongoPatternsOptions.DefaultDatabase);
}
