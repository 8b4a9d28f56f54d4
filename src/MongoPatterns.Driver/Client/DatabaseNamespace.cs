using System.Buffers;

namespace MongoPatterns.Driver;

/// <summary>The name of a database.</summary>
public sealed record DatabaseNamespace
{
    private static readonly SearchValues<char> InvalidCharacters = SearchValues.Create("/\\. \"$\0");

    /// <summary>Creates a database namespace.</summary>
    /// <param name="databaseName">The database name: not empty, without <c>/\. "$</c>, spaces or NUL.</param>
    /// <exception cref="ArgumentException">The name is not a valid database name.</exception>
    public DatabaseNamespace(string databaseName)
    {
        ArgumentException.ThrowIfNullOrEmpty(databaseName);
        if (databaseName.AsSpan().IndexOfAny(InvalidCharacters) >= 0)
        {
            throw new ArgumentException($"'{databaseName}' is not a valid database name: it must not contain /\\. \"$, spaces or NUL.", nameof(databaseName));
        }

        DatabaseName = databaseName;
    }

    /// <summary>Gets the <c>admin</c> database.</summary>
    public static DatabaseNamespace Admin { get; } = new("admin");

    /// <summary>Gets the database name.</summary>
    public string DatabaseName { get; }

    /// <summary>Returns the database name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => DatabaseName;
}
