using System.Collections.Concurrent;
using System.Security.Cryptography;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Cursors;

/// <summary>The open cursors: ids, check-out for getMore, kill, and the idle timeout.</summary>
internal sealed class CursorRegistry : IDisposable
{
    private readonly ConcurrentDictionary<long, ServerCursor> _cursors = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _timeout;
    private readonly ITimer? _timer;

    /// <summary>Creates the registry and its timeout sweeper.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="timeout">How long an idle cursor lives.</param>
    public CursorRegistry(TimeProvider timeProvider, TimeSpan timeout)
    {
        _timeProvider = timeProvider;
        _timeout = timeout;
        var period = TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromMinutes(1).Ticks));
        _timer = timeProvider.CreateTimer(_ => SweepExpired(), null, period, period);
    }

    /// <summary>Gets the number of open cursors.</summary>
    public int Count => _cursors.Count;

    /// <summary>Gets the current time of the registry's clock.</summary>
    public DateTimeOffset Now => _timeProvider.GetUtcNow();

    /// <summary>Allocates a random positive cursor id that is not in use.</summary>
    /// <returns>The id.</returns>
    public long NewId()
    {
        Span<byte> bytes = stackalloc byte[8];
        while (true)
        {
            RandomNumberGenerator.Fill(bytes);
            var id = BitConverter.ToInt64(bytes) & long.MaxValue;
            if (id != 0 && !_cursors.ContainsKey(id))
            {
                return id;
            }
        }
    }

    /// <summary>Registers a cursor.</summary>
    /// <param name="cursor">The cursor.</param>
    public void Add(ServerCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        _cursors[cursor.Id] = cursor;
    }

    /// <summary>Checks a cursor out for a getMore.</summary>
    /// <param name="id">The cursor id.</param>
    /// <returns>The cursor, marked in use.</returns>
    /// <exception cref="MongoServerException">CursorNotFound (43) or CursorInUse (292).</exception>
    public ServerCursor CheckOut(long id)
    {
        if (!_cursors.TryGetValue(id, out var cursor))
        {
            throw new MongoServerException(ErrorCodes.CursorNotFound, $"cursor id {id} not found");
        }

        lock (cursor)
        {
            if (cursor.InUse)
            {
                throw new MongoServerException(ErrorCodes.CursorInUse, $"cursor id {id} is already in use");
            }

            cursor.InUse = true;
        }

        return cursor;
    }

    /// <summary>Returns a checked-out cursor, closing it when it is exhausted.</summary>
    /// <param name="cursor">The cursor.</param>
    /// <param name="exhausted">Whether it has no more results.</param>
    public void Return(ServerCursor cursor, bool exhausted)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        lock (cursor)
        {
            cursor.InUse = false;
            cursor.LastUsed = _timeProvider.GetUtcNow();
        }

        if (exhausted)
        {
            Remove(cursor.Id);
        }
    }

    /// <summary>Finds a cursor without checking it out.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The cursor or null.</returns>
    public ServerCursor? Find(long id) => _cursors.TryGetValue(id, out var cursor) ? cursor : null;

    /// <summary>Closes a cursor.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when it existed.</returns>
    public bool Remove(long id)
    {
        if (_cursors.TryRemove(id, out var cursor))
        {
            cursor.Dispose();
            return true;
        }

        return false;
    }

    /// <summary>Closes every cursor opened by a logical session.</summary>
    /// <param name="sessionId">The session id value.</param>
    public void RemoveSession(Bson.BsonValue sessionId)
    {
        foreach (var cursor in _cursors.Values)
        {
            if (cursor.SessionId is not null && cursor.SessionId.Equals(sessionId))
            {
                Remove(cursor.Id);
            }
        }
    }

    /// <summary>Closes the cursors idle for longer than the timeout.</summary>
    /// <returns>The number closed.</returns>
    public int SweepExpired()
    {
        var now = _timeProvider.GetUtcNow();
        var closed = 0;
        foreach (var cursor in _cursors.Values)
        {
            bool expired;
            lock (cursor)
            {
                expired = !cursor.InUse && !cursor.NoTimeout && now - cursor.LastUsed > _timeout;
            }

            if (expired && Remove(cursor.Id))
            {
                closed++;
            }
        }

        return closed;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        foreach (var id in _cursors.Keys)
        {
            Remove(id);
        }
    }
}
