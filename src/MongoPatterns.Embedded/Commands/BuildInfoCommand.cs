using MongoPatterns.Bson;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>buildInfo</c>: the version of a MongoDB 7.0 server.</summary>
internal sealed class BuildInfoCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["buildInfo", "buildinfo"];

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context) => Replies.Ok(new BsonDocument
    {
        { "version", ServerIdentity.Version },
        { "gitVersion", ServerIdentity.GitVersion },
        { "modules", new BsonArray() },
        { "allocator", "system" },
        { "javascriptEngine", "none" },
        { "sysInfo", "deprecated" },
        { "versionArray", new BsonArray(ServerIdentity.VersionArray.Select(v => (BsonValue)v)) },
        { "openssl", new BsonDocument { { "running", "disabled" }, { "compiled", "disabled" } } },
        {
            "buildEnvironment", new BsonDocument
            {
                { "distmod", "mongopatterns" },
                { "distarch", System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() },
                { "target_os", OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macOS" : "linux" },
            }
        },
        { "bits", 64 },
        { "debug", false },
        { "maxBsonObjectSize", WireLimits.MaxBsonObjectSize },
        { "storageEngines", new BsonArray { "devnull", "ephemeralForTest", "wiredTiger" } },
    });
}
