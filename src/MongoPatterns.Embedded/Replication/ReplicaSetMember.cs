using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Replication;

/// <summary>
/// What the server reports when it runs as the single member (and primary) of a replica set: the set name, its own
/// <c>host:port</c>, the election id, the cluster time, and the <c>hello</c> / <c>replSetGetStatus</c> fields built from
/// them. Drivers need a replica set (not a standalone) to use transactions and retryable writes.
/// </summary>
internal sealed class ReplicaSetMember
{
    /// <summary>The term of the (only) election.</summary>
    public const long Term = 1;

    private static readonly byte[] ZeroSignature = new byte[20];

    /// <summary>Creates the member.</summary>
    /// <param name="setName">The replica set name.</param>
    /// <param name="clock">The cluster time.</param>
    public ReplicaSetMember(string setName, LogicalClock clock)
    {
        ArgumentException.ThrowIfNullOrEmpty(setName);
        ArgumentNullException.ThrowIfNull(clock);
        SetName = setName;
        Clock = clock;
    }

    /// <summary>Gets the replica set name.</summary>
    public string SetName { get; }

    /// <summary>Gets the cluster time.</summary>
    public LogicalClock Clock { get; }

    /// <summary>Gets the election id: <c>7fffffff</c> followed by the term, as MongoDB builds it.</summary>
    public ObjectId ElectionId { get; } = ObjectId.Parse("7fffffff0000000000000001");

    /// <summary>Builds the <c>$clusterTime</c> document of a reply (a zeroed signature, as an unauthenticated set sends).</summary>
    /// <param name="clusterTime">The cluster time.</param>
    /// <returns>The document.</returns>
    public static BsonDocument ClusterTimeDocument(BsonTimestamp clusterTime) => new()
    {
        { "clusterTime", clusterTime },
        { "signature", new BsonDocument { { "hash", new BsonBinaryData(ZeroSignature) }, { "keyId", 0L } } },
    };

    /// <summary>Builds an optime document, <c>{ ts, t }</c>.</summary>
    /// <param name="time">The timestamp.</param>
    /// <returns>The document.</returns>
    public static BsonDocument OpTime(BsonTimestamp time) => new() { { "ts", time }, { "t", Term } };

    /// <summary>Adds the replica set fields of <c>hello</c> (after <c>topologyVersion</c>).</summary>
    /// <param name="reply">The hello reply being built.</param>
    /// <param name="hostAndPort">This member's <c>host:port</c>.</param>
    /// <param name="lastWrite">The time of the last write.</param>
    /// <param name="now">The current time.</param>
    public void AddHelloFields(BsonDocument reply, string hostAndPort, BsonTimestamp lastWrite, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(lastWrite);
        var lastWriteDate = new BsonDateTime(DateTimeOffset.FromUnixTimeSeconds(lastWrite.Timestamp) > now ? now : DateTimeOffset.FromUnixTimeSeconds(lastWrite.Timestamp));
        reply.Add("hosts", new BsonArray { hostAndPort });
        reply.Add("setName", SetName);
        reply.Add("setVersion", 1);
        reply.Add("secondary", false);
        reply.Add("primary", hostAndPort);
        reply.Add("me", hostAndPort);
        reply.Add("electionId", ElectionId);
        reply.Add("lastWrite", new BsonDocument
        {
            { "opTime", OpTime(lastWrite) },
            { "lastWriteDate", lastWriteDate },
            { "majorityOpTime", OpTime(lastWrite) },
            { "majorityWriteDate", lastWriteDate },
        });
    }

    /// <summary>Builds the <c>replSetGetStatus</c> reply of the single primary member.</summary>
    /// <param name="hostAndPort">This member's <c>host:port</c>.</param>
    /// <param name="lastWrite">The time of the last write.</param>
    /// <param name="now">The current time.</param>
    /// <param name="startTime">When the server started.</param>
    /// <returns>The reply fields.</returns>
    public BsonDocument Status(string hostAndPort, BsonTimestamp lastWrite, DateTimeOffset now, DateTimeOffset startTime)
    {
        ArgumentNullException.ThrowIfNull(lastWrite);
        var optime = OpTime(lastWrite);
        var optimeDate = new BsonDateTime(DateTimeOffset.FromUnixTimeSeconds(lastWrite.Timestamp));
        return new BsonDocument
        {
            { "set", SetName },
            { "date", new BsonDateTime(now) },
            { "myState", 1 },
            { "term", Term },
            { "heartbeatIntervalMillis", 2000L },
            { "majorityVoteCount", 1 },
            { "writeMajorityCount", 1 },
            { "votingMembersCount", 1 },
            { "writableVotingMembersCount", 1 },
            {
                "optimes", new BsonDocument
                {
                    { "lastCommittedOpTime", optime },
                    { "lastCommittedWallTime", optimeDate },
                    { "readConcernMajorityOpTime", optime },
                    { "appliedOpTime", optime },
                    { "durableOpTime", optime },
                    { "lastAppliedWallTime", optimeDate },
                    { "lastDurableWallTime", optimeDate },
                }
            },
            {
                "members", new BsonArray
                {
                    new BsonDocument
                    {
                        { "_id", 0 },
                        { "name", hostAndPort },
                        { "health", 1.0 },
                        { "state", 1 },
                        { "stateStr", "PRIMARY" },
                        { "uptime", (int)Math.Max(0, (now - startTime).TotalSeconds) },
                        { "optime", optime },
                        { "optimeDate", optimeDate },
                        { "syncSourceHost", string.Empty },
                        { "syncSourceId", -1 },
                        { "infoMessage", string.Empty },
                        { "electionTime", new BsonTimestamp((uint)Math.Clamp(startTime.ToUnixTimeSeconds(), 0, uint.MaxValue), 1) },
                        { "electionDate", new BsonDateTime(startTime) },
                        { "configVersion", 1 },
                        { "configTerm", Term },
                        { "self", true },
                        { "lastHeartbeatMessage", string.Empty },
                    },
                }
            },
        };
    }
}
