using System.Collections.Concurrent;

namespace MongoPatterns.Driver.Authentication;

/// <summary>
/// Caches SCRAM salted passwords by (algorithm, password, salt, iteration count), as the Driver Authentication
/// specification requires, so that opening many connections does not repeat the deliberately slow key derivation.
/// </summary>
/// <remarks>Thread-safe. Holds at most <see cref="Capacity"/> entries; when full it starts over.</remarks>
internal sealed class ScramSaltedPasswordCache
{
    /// <summary>The most entries kept before the cache is cleared.</summary>
    public const int Capacity = 64;

    private readonly ConcurrentDictionary<Key, byte[]> _entries = new();

    /// <summary>Gets the cache shared by every client in the process.</summary>
    public static ScramSaltedPasswordCache Shared { get; } = new();

    /// <summary>Gets the number of cached salted passwords.</summary>
    public int Count => _entries.Count;

    /// <summary>Returns the cached salted password, computing and storing it on a miss.</summary>
    /// <param name="algorithm">The SCRAM hash.</param>
    /// <param name="password">The prepared password (MongoDB digest for SHA-1, SASLprep'd for SHA-256).</param>
    /// <param name="salt">The salt the server sent.</param>
    /// <param name="iterations">The iteration count the server sent.</param>
    /// <param name="compute">Computes the salted password on a miss.</param>
    /// <returns>The salted password; callers must not modify it.</returns>
    public byte[] GetOrAdd(ScramAlgorithm algorithm, string password, ReadOnlySpan<byte> salt, int iterations, Func<byte[]> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var key = new Key(algorithm, password, Convert.ToBase64String(salt), iterations);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var salted = compute();
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = salted;
        return salted;
    }

    private readonly record struct Key(ScramAlgorithm Algorithm, string Password, string Salt, int Iterations);
}
