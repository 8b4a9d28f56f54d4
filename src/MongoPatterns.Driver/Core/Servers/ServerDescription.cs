using System.Globalization;
using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Core.Servers;

/// <summary>
/// What the driver knows about one server, from its latest <c>hello</c> reply (SDAM specification): type, wire
/// versions, limits, replica set membership and round trip time. Immutable.
/// </summary>
internal sealed record ServerDescription
{
    /// <summary>MongoDB's default largest document: 16 MiB.</summary>
    public const int DefaultMaxBsonObjectSize = 16 * 1024 * 1024;

    /// <summary>MongoDB's default largest message: 48,000,000 bytes.</summary>
    public const int DefaultMaxMessageSize = 48_000_000;

    /// <summary>MongoDB's default largest write batch: 100,000 statements.</summary>
    public const int DefaultMaxWriteBatchSize = 100_000;

    /// <summary>Creates a description of a server not (successfully) checked.</summary>
    public ServerDescription(MongoServerAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Address = address;
    }

    /// <summary>Gets the address the driver uses for the server.</summary>
    public MongoServerAddress Address { get; }

    /// <summary>Gets the server type.</summary>
    public ServerType Type { get; init; }

    /// <summary>Gets the error of the last check, when it failed.</summary>
    public Exception? Error { get; init; }

    /// <summary>Gets the average round trip time of checks, when known.</summary>
    public TimeSpan? AverageRoundTripTime { get; init; }

    /// <summary>Gets when the description was made (UTC).</summary>
    public DateTime LastUpdateTime { get; init; } = DateTime.UtcNow;

    /// <summary>Gets the server's smallest wire version.</summary>
    public int MinWireVersion { get; init; }

    /// <summary>Gets the server's largest wire version.</summary>
    public int MaxWireVersion { get; init; }

    /// <summary>Gets the server's largest document size.</summary>
    public int MaxBsonObjectSize { get; init; } = DefaultMaxBsonObjectSize;

    /// <summary>Gets the server's largest message size.</summary>
    public int MaxMessageSize { get; init; } = DefaultMaxMessageSize;

    /// <summary>Gets the server's largest write batch.</summary>
    public int MaxWriteBatchSize { get; init; } = DefaultMaxWriteBatchSize;

    /// <summary>Gets the session timeout, or <see langword="null"/> when the server does not support sessions.</summary>
    public TimeSpan? LogicalSessionTimeout { get; init; }

    /// <summary>Gets whether the server answered <c>helloOk: true</c> (monitoring may use <c>hello</c>).</summary>
    public bool HelloOk { get; init; }

    /// <summary>Gets the server's id of the connection that made the check, when reported.</summary>
    public long? ServerConnectionId { get; init; }

    /// <summary>Gets the address the server reports for itself (<c>me</c>), when a replica set member.</summary>
    public string? Me { get; init; }

    /// <summary>Gets the replica set name, when a member.</summary>
    public string? SetName { get; init; }

    /// <summary>Gets the replica set config version, when a member.</summary>
    public int? SetVersion { get; init; }

    /// <summary>Gets the election id, when a primary.</summary>
    public ObjectId? ElectionId { get; init; }

    /// <summary>Gets the primary the member believes in, when a member.</summary>
    public string? Primary { get; init; }

    /// <summary>Gets the replica set hosts, passives and arbiters the member lists.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>Gets the member tags.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the mechanisms the user may authenticate with (<c>saslSupportedMechs</c> in the handshake), when asked.</summary>
    public IReadOnlyList<string>? SaslSupportedMechs { get; init; }

    /// <summary>Gets the reply to speculative authentication in the handshake, when the server answered it.</summary>
    public BsonDocument? SpeculativeAuthenticate { get; init; }

    /// <summary>Gets whether the server is known (not <see cref="ServerType.Unknown"/>).</summary>
    public bool IsKnown => Type != ServerType.Unknown;

    /// <summary>Gets whether writes may go to this server.</summary>
    public bool IsWritable => Type is ServerType.Standalone or ServerType.RSPrimary or ServerType.Mongos or ServerType.LoadBalancer;

    /// <summary>Gets whether the server holds data (SDAM "data-bearing").</summary>
    public bool IsDataBearing => Type is ServerType.Standalone or ServerType.RSPrimary or ServerType.RSSecondary or ServerType.Mongos or ServerType.LoadBalancer;

    /// <summary>Gets why the server's wire versions are incompatible, or <see langword="null"/> (always <see langword="null"/> for unknown servers).</summary>
    public string? CompatibilityError => IsKnown ? WireVersions.CheckCompatibility(Address, MinWireVersion, MaxWireVersion) : null;

    /// <summary>Creates the description of a server whose check failed.</summary>
    public static ServerDescription Unknown(MongoServerAddress address, Exception? error) => new(address) { Error = error };

    /// <summary>Builds a description from a <c>hello</c> (or legacy hello) reply.</summary>
    /// <param name="address">The server address.</param>
    /// <param name="reply">The reply document.</param>
    /// <param name="roundTripTime">The round trip time to record, when measured.</param>
    /// <returns>The description; <see cref="ServerType.Unknown"/> when the reply is not <c>ok</c>.</returns>
    public static ServerDescription FromHello(MongoServerAddress address, BsonDocument reply, TimeSpan? roundTripTime)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!IsOk(reply))
        {
            return Unknown(address, new MongoException("The server's hello reply is not ok: " + reply));
        }

        var members = new List<string>();
        foreach (var field in (ReadOnlySpan<string>)["hosts", "passives", "arbiters"])
        {
            if (reply.TryGetValue(field, out var list) && list is BsonArray array)
            {
                members.AddRange(array.Where(value => value.IsString).Select(value => value.AsString.ToLowerInvariant()));
            }
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reply.TryGetValue("tags", out var tagValue) && tagValue is BsonDocument tagDocument)
        {
            foreach (var element in tagDocument)
            {
                if (element.Value.IsString)
                {
                    tags[element.Name] = element.Value.AsString;
                }
            }
        }

        return new ServerDescription(address)
        {
            Type = ClassifyType(reply),
            AverageRoundTripTime = roundTripTime,
            MinWireVersion = GetInt32(reply, "minWireVersion") ?? 0,
            MaxWireVersion = GetInt32(reply, "maxWireVersion") ?? 0,
            MaxBsonObjectSize = GetInt32(reply, "maxBsonObjectSize") ?? DefaultMaxBsonObjectSize,
            MaxMessageSize = GetInt32(reply, "maxMessageSizeBytes") ?? DefaultMaxMessageSize,
            MaxWriteBatchSize = GetInt32(reply, "maxWriteBatchSize") ?? DefaultMaxWriteBatchSize,
            LogicalSessionTimeout = GetInt64(reply, "logicalSessionTimeoutMinutes") is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            HelloOk = reply.TryGetValue("helloOk", out var helloOk) && helloOk.ToBoolean(),
            ServerConnectionId = GetInt64(reply, "connectionId"),
            Me = GetString(reply, "me")?.ToLowerInvariant(),
            SetName = GetString(reply, "setName"),
            SetVersion = GetInt32(reply, "setVersion"),
            ElectionId = reply.TryGetValue("electionId", out var electionId) && electionId.IsObjectId ? electionId.AsObjectId : null,
            Primary = GetString(reply, "primary")?.ToLowerInvariant(),
            Members = members,
            Tags = tags,
            SaslSupportedMechs = reply.TryGetValue("saslSupportedMechs", out var mechs) && mechs is BsonArray mechArray
                ? mechArray.Where(value => value.IsString).Select(value => value.AsString).ToArray()
                : null,
            SpeculativeAuthenticate = reply.TryGetValue("speculativeAuthenticate", out var speculative) && speculative is BsonDocument speculativeDocument
                ? speculativeDocument
                : null,
        };
    }

    /// <summary>Returns a one-line summary for error messages and logs.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("{ address: ").Append(Address).Append(", type: ").Append(Type);
        if (AverageRoundTripTime is { } rtt)
        {
            text.Append(", roundTripTime: ").Append(rtt.TotalMilliseconds.ToString("0.#", CultureInfo.InvariantCulture)).Append(" ms");
        }

        if (IsKnown)
        {
            text.Append(", wireVersions: ").Append(MinWireVersion).Append("..").Append(MaxWireVersion);
        }

        if (SetName is not null)
        {
            text.Append(", setName: ").Append(SetName);
        }

        if (Error is not null)
        {
            text.Append(", lastError: \"").Append(Error.Message).Append('"');
        }

        return text.Append(" }").ToString();
    }

    private static ServerType ClassifyType(BsonDocument reply)
    {
        if (reply.TryGetValue("isreplicaset", out var isReplicaSet) && isReplicaSet.ToBoolean())
        {
            return ServerType.RSGhost;
        }

        if (GetString(reply, "msg") == "isdbgrid")
        {
            return ServerType.Mongos;
        }

        if (GetString(reply, "setName") is not null)
        {
            if (GetBoolean(reply, "isWritablePrimary") || GetBoolean(reply, "ismaster"))
            {
                return ServerType.RSPrimary;
            }

            if (GetBoolean(reply, "secondary"))
            {
                return ServerType.RSSecondary;
            }

            return GetBoolean(reply, "arbiterOnly") ? ServerType.RSArbiter : ServerType.RSOther;
        }

        return ServerType.Standalone;
    }

    private static bool IsOk(BsonDocument reply) => reply.TryGetValue("ok", out var ok) && ok.IsNumeric && ok.ToDouble() == 1;

    private static bool GetBoolean(BsonDocument reply, string name) => reply.TryGetValue(name, out var value) && value.ToBoolean();

    private static string? GetString(BsonDocument reply, string name) => reply.TryGetValue(name, out var value) && value.IsString ? value.AsString : null;

    private static int? GetInt32(BsonDocument reply, string name) => reply.TryGetValue(name, out var value) && value.IsNumeric ? value.ToInt32() : null;

    private static long? GetInt64(BsonDocument reply, string name) => reply.TryGetValue(name, out var value) && value.IsNumeric ? value.ToInt64() : null;
}
