namespace MongoPatterns.Embedded.Auth;

/// <summary>The configured users; authentication is enabled when there is at least one.</summary>
internal sealed class UserStore
{
    private readonly Dictionary<string, EmbeddedUserCredential> _users = new(StringComparer.Ordinal);

    /// <summary>Creates the store.</summary>
    /// <param name="users">The users.</param>
    public UserStore(IEnumerable<EmbeddedMongoUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        foreach (var user in users)
        {
            _users[user.Database + "." + user.Username] = new EmbeddedUserCredential(user);
        }
    }

    /// <summary>Gets a value indicating whether authentication is required.</summary>
    public bool Enabled => _users.Count > 0;

    /// <summary>Finds a user by <c>db.user</c> (the form of hello's <c>saslSupportedMechs</c>).</summary>
    /// <param name="qualifiedName">The qualified name.</param>
    /// <returns>The user or null.</returns>
    public EmbeddedUserCredential? Find(string qualifiedName) => _users.GetValueOrDefault(qualifiedName);

    /// <summary>Finds a user in a database.</summary>
    /// <param name="database">The authentication database.</param>
    /// <param name="username">The user name.</param>
    /// <returns>The user or null.</returns>
    public EmbeddedUserCredential? Find(string database, string username) => _users.GetValueOrDefault(database + "." + username);
}
