using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Driver.Results;

/// <summary>Throws when a count is read from the result of an unacknowledged write.</summary>
internal static class AcknowledgementGuard
{
    /// <summary>Returns <paramref name="value"/> when acknowledged, else throws.</summary>
    public static T Get<T>(bool isAcknowledged, T value, string property) => isAcknowledged ? value : Throw<T>(property);

    [DoesNotReturn]
    private static T Throw<T>(string property) =>
        throw new InvalidOperationException(
            $"{property} is not available: the write was unacknowledged (w: 0), so the server reported nothing. Check IsAcknowledged first, or use an acknowledged write concern.");
}
