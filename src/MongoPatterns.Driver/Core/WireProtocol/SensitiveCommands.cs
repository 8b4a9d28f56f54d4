using System.Collections.Frozen;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Core.WireProtocol;

/// <summary>
/// The commands whose content and replies are never shown in events, logs, traces or exceptions (Command Logging and
/// Monitoring specification, "Security").
/// </summary>
internal static class SensitiveCommands
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "authenticate", "saslStart", "saslContinue", "getnonce", "createUser", "updateUser", "copydbgetnonce", "copydbsaslstart", "copydb",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a command is sensitive: by name, or a hello/legacy hello carrying speculative authentication.</summary>
    /// <param name="commandName">The command name (first field).</param>
    /// <param name="command">The command document, when available.</param>
    public static bool IsSensitive(string commandName, BsonDocument? command)
    {
        ArgumentNullException.ThrowIfNull(commandName);
        if (Names.Contains(commandName))
        {
            return true;
        }

        return IsHello(commandName) && command is not null && command.Contains("speculativeAuthenticate");
    }

    /// <summary>Whether the command name is <c>hello</c> or legacy hello (<c>isMaster</c>, <c>ismaster</c>).</summary>
    public static bool IsHello(string commandName) =>
        string.Equals(commandName, "hello", StringComparison.Ordinal)
        || string.Equals(commandName, "isMaster", StringComparison.Ordinal)
        || string.Equals(commandName, "ismaster", StringComparison.Ordinal);
}
