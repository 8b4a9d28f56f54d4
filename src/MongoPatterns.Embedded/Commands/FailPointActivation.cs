using System.Security.Cryptography;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// When a fail point fires, by the <c>mode</c> every MongoDB fail point shares: <c>off</c>, <c>alwaysOn</c>,
/// <c>{ times: n }</c>, <c>{ skip: n }</c> or, where the fail point allows it, <c>{ activationProbability: p }</c>.
/// Not thread-safe: the owning fail point locks around it.
/// </summary>
internal sealed class FailPointActivation
{
    private readonly double _probability;
    private string _mode;
    private long _remaining;

    private FailPointActivation(string mode, long remaining, double probability)
    {
        _mode = mode;
        _remaining = remaining;
        _probability = probability;
    }

    /// <summary>Gets a value indicating whether the fail point can no longer fire.</summary>
    public bool IsOff => _mode == "off";

    /// <summary>Gets how many times the fail point fired (configureFailPoint's <c>count</c>).</summary>
    public long TimesEntered { get; private set; }

    /// <summary>Creates an activation that never fires.</summary>
    public static FailPointActivation Off() => new("off", 0, 0);

    /// <summary>Parses a configureFailPoint <c>mode</c>.</summary>
    /// <param name="mode">The <c>mode</c> value.</param>
    /// <param name="allowProbability">Whether <c>activationProbability</c> is accepted.</param>
    /// <returns>The activation.</returns>
    /// <exception cref="MongoServerException">The mode is invalid (BadValue).</exception>
    public static FailPointActivation Parse(BsonValue mode, bool allowProbability)
    {
        ArgumentNullException.ThrowIfNull(mode);
        switch (mode)
        {
            case BsonString { Value: "off" or "alwaysOn" } text:
                return new FailPointActivation(text.Value, 0, 0);
            case BsonDocument { ElementCount: 1 } document when document.GetElement(0) is { Name: "times" or "skip", Value.IsNumeric: true } counter:
                return new FailPointActivation(counter.Name, counter.Value.ToInt64(), 0);
            case BsonDocument { ElementCount: 1 } document when allowProbability
                && document.GetElement(0) is { Name: "activationProbability", Value.IsNumeric: true } chance:
                return new FailPointActivation("activationProbability", 0, chance.Value.ToDouble());
            default:
                throw new MongoServerException(ErrorCodes.BadValue, allowProbability
                    ? "'mode' must be one of 'off', 'alwaysOn', 'times', 'skip' and 'activationProbability'"
                    : "'mode' must be one of 'off', 'alwaysOn', 'times' and 'skip'");
        }
    }

    /// <summary>Decides whether the fail point fires now, counting the activation when it does.</summary>
    /// <returns><see langword="true"/> when it fires.</returns>
    public bool TryActivate()
    {
        switch (_mode)
        {
            case "off":
                return false;
            case "times":
                if (_remaining <= 0)
                {
                    _mode = "off";
                    return false;
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
                    return false;
                }

                break;
            case "activationProbability":
                if (RandomNumberGenerator.GetInt32(1_000_000) >= _probability * 1_000_000)
                {
                    return false;
                }

                break;
        }

        TimesEntered++;
        return true;
    }
}
