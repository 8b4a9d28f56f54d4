namespace MongoPatterns.Embedded;

/// <summary>
/// A user the embedded server accepts when authentication is enabled (<see cref="EmbeddedMongoOptions.Users"/>). Every
/// user may do everything (the <c>root</c> role); clients authenticate with SCRAM-SHA-256 or SCRAM-SHA-1.
/// </summary>
public sealed class EmbeddedMongoUser
{
    /// <summary>Creates a user.</summary>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="database">The authentication database (default <c>admin</c>).</param>
    public EmbeddedMongoUser(string username, string password, string database = "admin")
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrEmpty(database);
        Username = username;
        Password = password;
        Database = database;
    }

    /// <summary>Gets the user name.</summary>
    public string Username { get; }

    /// <summary>Gets the password.</summary>
    public string Password { get; }

    /// <summary>Gets the authentication database.</summary>
    public string Database { get; }

    /// <inheritdoc />
    public override string ToString() => Database + "." + Username;
}
