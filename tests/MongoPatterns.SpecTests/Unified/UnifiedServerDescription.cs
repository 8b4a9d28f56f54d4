using MongoPatterns.Bson;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>What <c>runOnRequirements</c> are evaluated against: a server's version, topology and parameters.</summary>
/// <param name="Version">The version reported by <c>buildInfo</c>, e.g. <c>7.0.14</c>.</param>
/// <param name="Topology">The topology: <c>single</c>, <c>replicaset</c>, <c>sharded</c> or <c>load-balanced</c>.</param>
/// <param name="AuthEnabled">Whether the server requires authentication.</param>
/// <param name="Parameters">The server parameters reported by <c>getParameter: "*"</c> (empty when unavailable).</param>
internal sealed record UnifiedServerDescription(string Version, string Topology, bool AuthEnabled, BsonDocument Parameters)
{
    /// <summary>Gets a short description for skip reasons, e.g. <c>7.0.14 single</c>.</summary>
    public override string ToString() => $"{Version} {Topology}";
}
