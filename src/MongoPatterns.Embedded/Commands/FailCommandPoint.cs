using System.Security.Cryptography;
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
    private string _mode = "off";
    private long _remaining;
    private double _probability;
    private HashSet<string> _commands = new(StringComparer.Ordinal);
    private BsonDocument _data = new();
    private long _timesEntered;

    /// <summary>Configures the fail point from a configureFailPoint command.</summary>
    /// <param name="mode">The <c>mode</c> value.</param>
    /// <param name="data">The <c>data</c> document.</param>
    /// <returns>How many times the previous configuration triggered.</returns>
    /// <exception cref="MongoServerException">The mode or data is invalid.</exception>
    public long Configure(BsonValue mode, BsonDocument? data)
    {
        ArgumentNullException.ThrowIfNull(mode);
        string parsedMode;
        long remaining = 0;
        double probability = 0;
        switch (mode)
        {
            case BsonString { Value: "off" or "alwaysOn" } text:
                parsedMode = text.Value;
                break;
            case BsonDocument { ElementCount: 1 } document when document.GetElement(0) is { Name: "times" or "skip", Value.IsNumeric: true } counter:
                parsedMode = counter.Name;
                remaining = counter.Value.ToInt64();
                break;
            case BsonDocument { ElementCount: 1 } document when document.GetElement(0) is { Name: "activationProbability", Value.IsNumeric: true } chance:
                parsedMode = "activationProbability";
                probability = chance.Value.ToDouble();
                break;
            default:
                throw new MongoServerException(ErrorCodes.BadValue, "'mode' must be one of 'off', 'alwaysOn', 'times', 'skip' and 'activationProbability'");
        }

        var commands = new HashSet<string>(StringComparer.Ordinal);
        if (data?.GetValue("failCommands", null) is BsonArray names)
        {
            foreach (var name in names)
            {
                commands.Add(name is BsonString s ? s.Value : throw new MongoServerException(ErrorCodes.BadValue, "'failCommands' must be an array of strings"));
            }
        }
        else if (parsedMode != "off")
        {
            throw new MongoServerException(ErrorCodes.BadValue, "'failCommands' must be specified");
        }

        lock (_gate)
        {
            var previous = _timesEntered;
            _mode = parsedMode;
            _remaining = remaining;
            _probability = probability;
            _commands = commands;
            _data = data ?? new BsonDocument();
            _timesEntered = 0;
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
            if (_mode == "off" || !_commands.Contains(commandName))
            {
                return null;
            }

            if (_data.GetValue("appName", null) is BsonString { Value: var wanted } && wanted != appName)
            {
                return null;
            }

            switch (_mode)
            {
                case "times":
                    if (_remaining <= 0)
                    {
                        _mode = "off";
                        return null;
                    }

                    if (--_remaining == 0)
                    {
                        _mode = "off";
                    }

                    break;
                case "skip":
                    if (_remaining > 0)
                    {
                        _remaining--;
                        return null;
                    }

                    break;
                case "activationProbability":
                    if (RandomNumberGenerator.GetInt32(1_000_000) >= _probability * 1_000_000)
                    {
                        return null;
                    }

                    break;
            }

            _timesEntered++;
            return _data;
        }
    }
}
