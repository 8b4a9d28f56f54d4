using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Commands;

/// <summary>The logical sessions the server has seen (through commands' <c>lsid</c>), for <c>$listLocalSessions</c>.</summary>
internal sealed class SessionCatalog
{
    private readonly ConcurrentDictionary<BsonValue, (DateTimeOffset LastUse, string? User)> _sessions = new(BsonValueComparer.Instance);

    /// <summary>Records the use of a session.</summary>
    /// <param name="lsid">The command's <c>lsid</c> document.</param>
    /// <param name="now">The time of use.</param>
    /// <param name="user">The authenticated user (<c>name@db</c>), or null.</param>
    public void Touch(BsonValue lsid, DateTimeOffset now, string? user)
    {
        if (lsid is BsonDocument document && document.TryGetValue("id", out var id))
        {
            _sessions[id] = (now, user);
        }
    }

    /// <summary>Forgets a session (<c>endSessions</c>).</summary>
    /// <param name="lsid">The session document.</param>
    public void End(BsonValue lsid)
    {
        if (lsid is BsonDocument document && document.TryGetValue("id", out var id))
        {
            _sessions.TryRemove(id, out _);
        }
    }

    /// <summary>Describes the sessions as <c>$listLocalSessions</c> outputs them.</summary>
    /// <returns>The session documents.</returns>
    public List<BsonDocument> Describe()
    {
        var result = new List<BsonDocument>();
        foreach (var (id, (lastUse, user)) in _sessions)
        {
            var entry = new BsonDocument
            {
                { "_id", new BsonDocument { { "id", id }, { "uid", new BsonBinaryData(SHA256.HashData(Encoding.UTF8.GetBytes(user ?? string.Empty))) } } },
                { "lastUse", new BsonDateTime(lastUse) },
            };
            if (user is not null)
            {
                entry.Add("user", new BsonDocument("name", user));
            }

            result.Add(entry);
        }

        return result;
    }
}
