namespace MongoPatterns.Driver.Sessions;

/// <summary>Checks a session passed to a database or collection.</summary>
internal static class SessionArguments
{
    /// <summary>Returns the driver's session behind <paramref name="session"/>, checking that <paramref name="client"/> started it.</summary>
    /// <param name="session">The session, or null.</param>
    /// <param name="client">The client of the database or collection.</param>
    /// <returns>The session, or null.</returns>
    /// <exception cref="ArgumentException">The session comes from another client or implementation.</exception>
    public static ClientSessionHandle? ToHandle(IClientSessionHandle? session, MongoClient client)
    {
        if (session is null)
        {
            return null;
        }

        if (session is not ClientSessionHandle handle || handle.IsImplicit)
        {
            throw new ArgumentException("The session must be started with IMongoClient.StartSessionAsync.", nameof(session));
        }

        if (!ReferenceEquals(handle.OwnerClient, client))
        {
            throw new ArgumentException("The session was started by another MongoClient; sessions can only be used with the client that started them.", nameof(session));
        }

        return handle;
    }
}
