using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>hostInfo</c>: the machine the server runs on.</summary>
internal sealed class HostInfoCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["hostInfo"];

    /// <inheritdoc />
    public override bool AdminOnly => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var memoryMb = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024);
        return Replies.Ok(new BsonDocument
        {
            {
                "system", new BsonDocument
                {
                    { "currentTime", new BsonDateTime(context.Services.TimeProvider.GetUtcNow()) },
                    { "hostname", Environment.MachineName },
                    { "cpuAddrSize", 64 },
                    { "memSizeMB", memoryMb },
                    { "memLimitMB", memoryMb },
                    { "numCores", Environment.ProcessorCount },
                    { "numPhysicalCores", Environment.ProcessorCount },
                    { "numCpuSockets", 1 },
                    { "cpuArch", System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() },
                    { "numaEnabled", false },
                    { "numNumaNodes", 1 },
                }
            },
            {
                "os", new BsonDocument
                {
                    { "type", OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "Darwin" : "Linux" },
                    { "name", System.Runtime.InteropServices.RuntimeInformation.OSDescription },
                    { "version", Environment.OSVersion.Version.ToString() },
                }
            },
            { "extra", new BsonDocument { { "versionString", System.Runtime.InteropServices.RuntimeInformation.OSDescription } } },
        });
    }
}
