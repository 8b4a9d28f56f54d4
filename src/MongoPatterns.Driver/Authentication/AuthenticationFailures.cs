namespace MongoPatterns.Driver.Authentication;

/// <summary>Builds the messages of authentication failures: who, where, with what, and what to check. Never the password.</summary>
internal static class AuthenticationFailures
{
    /// <summary>Wraps a server or protocol error raised while authenticating.</summary>
    public static MongoAuthenticationException Wrap(Exception exception, string mechanism, string? username, string source)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var who = username is null ? "the client certificate" : $"user '{username}'";
        var reason = exception switch
        {
            MongoCommandException { Code: 18 } command => $"the server rejected the credential (code 18, {command.CodeName ?? "AuthenticationFailed"})",
            MongoCommandException command => $"the server answered with error {command.Code}{(command.CodeName is null ? string.Empty : " (" + command.CodeName + ")")}",
            MongoAuthenticationException authentication => authentication.Message,
            _ => exception.Message,
        };
        return new MongoAuthenticationException(
            $"Authentication with {mechanism} failed for {who} on database '{source}': {reason}. "
            + "Check the user name, the password and authSource (the database that holds the user).",
            exception);
    }
}
