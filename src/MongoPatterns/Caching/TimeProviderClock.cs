using Microsoft.Extensions.Internal;

namespace MongoPatterns.Caching;

/// <summary>Lets <c>MemoryCache</c> expire entries by the injected <see cref="TimeProvider"/> (so tests can fake time).</summary>
internal sealed class TimeProviderClock(TimeProvider timeProvider) : ISystemClock
{
    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
}
