using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// The <c>failCommand</c> fail point that drivers' test suites configure with <c>configureFailPoint</c>: makes listed
/// commands fail with an error code, close the connection, report a write concern error, or block for a while.
/// </summary>
internal sealed class FailCommandPoint
{
    private readonly object _gate = new();
    private FailPointActivation _activation = FailPointActivation.Off();
    private HashSet<string> _commands = new(StringComparer.Ordinal);
    private BsonDocument _data = new();

    /// <summary>Configures the fail point from a configureFailPoint command.</summary>
    /// <param name="mode">The <c>mode</c> value.</param>
    /// <param name="data">The <c>data</c> document.</param>
    /// <returns>How many times the previous configuration triggered.</returns>
    /// <exception cref="MongoServerException">The mode or data is invalid.</exception>
    public long Configure(BsonValue mode, BsonDocument? data)
    {
        var activation = FailPointActivation.Parse(mode, allowProbability: true);
        var commands = new HashSet<string>(StringComparer.Ordinal);
        if (data?.GetValue("failCommands", null) is BsonArray names)
        {
            foreach (var name in names)
            {
                commands.Add(name is BsonString s ? s.Value : throw new MongoServerException(ErrorCodes.BadValue, "'failCommands' must be an array of strings"));
            }
        }
        else if (!activation.IsOff)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "'failCommands' must be specified");
        }

        lock (_gate)
        {
            var previous = _activation.TimesEntered;
            _activation = activation;
            _commands = commands;
            _data = data ?? new BsonDocument();
            return previous;
        }
    }

    /// <summary>Decides whether a command is affected and returns the fail point data when it is.</summary>
    /// <param name="commandName">The command name.</param>
    /// <param name="appName">The client's application name (from its handshake metadata), or null.</param>
    /// <returns>The data document when the fail point triggers; otherwise null.</returns>
    public BsonDocument? TryTrigger(string commandName, string? appName)
    {
        lock (_gate)
        {
            if (_activation.IsOff || !_commands.Contains(commandName))
            {
                return null;
            }

            if (_data.GetValue("appName", null) is BsonString { Value: var wanted } && wanted != appName)
            {
                return null;
            }

            return _activation.TryActivate() ? _data : null;
        }
    }
}
