using System.Runtime.InteropServices;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Diagnostics;

namespace MongoPatterns.Driver.Core.Connections;

/// <summary>
/// The <c>client</c> document of the handshake (MongoDB Handshake specification): application name, driver name and
/// version, operating system, platform and container environment, kept under the 512-byte limit.
/// </summary>
internal static class ClientMetadata
{
    /// <summary>The most bytes the encoded <c>client</c> document may take.</summary>
    public const int MaxSize = 512;

    /// <summary>Builds the metadata document.</summary>
    /// <param name="applicationName">The <c>appname</c>, or <see langword="null"/>.</param>
    /// <returns>The document, at most <see cref="MaxSize"/> bytes.</returns>
    public static BsonDocument Create(string? applicationName)
    {
        var document = new BsonDocument();
        if (applicationName is not null)
        {
            document.Add("application", new BsonDocument("name", applicationName));
        }

        document.Add("driver", new BsonDocument { { "name", DriverDiagnostics.DriverName }, { "version", DriverDiagnostics.DriverVersion } });
        document.Add("os", new BsonDocument
        {
            { "type", OperatingSystemType() },
            { "name", RuntimeInformation.OSDescription },
            { "architecture", Architecture() },
            { "version", Environment.OSVersion.Version.ToString() },
        });
        document.Add("platform", RuntimeInformation.FrameworkDescription);
        if (ContainerEnvironment() is { } container)
        {
            document.Add("env", new BsonDocument("container", container));
        }

        return Fit(document);
    }

    /// <summary>Shrinks the document in the order the specification gives until it fits: env, os details, platform.</summary>
    internal static BsonDocument Fit(BsonDocument document)
    {
        if (Size(document) <= MaxSize)
        {
            return document;
        }

        document.Remove("env");
        if (Size(document) > MaxSize && document.TryGetValue("os", out var os) && os is BsonDocument osDocument)
        {
            document.Set("os", new BsonDocument("type", osDocument.GetValue("type", "unknown")!));
        }

        if (Size(document) > MaxSize && document.TryGetValue("platform", out var platform) && platform.IsString)
        {
            var excess = Size(document) - MaxSize;
            var text = platform.AsString;
            document.Set("platform", text.Length > excess ? text[..(text.Length - excess)] : string.Empty);
        }

        return document;
    }

    private static int Size(BsonDocument document) => document.ToBson().Length;

    private static string OperatingSystemType() =>
        OperatingSystem.IsWindows() ? "Windows"
        : OperatingSystem.IsLinux() ? "Linux"
        : OperatingSystem.IsMacOS() ? "Darwin"
        : OperatingSystem.IsFreeBSD() ? "BSD"
        : "unknown";

    private static string Architecture() => RuntimeInformation.OSArchitecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "x86_64",
        System.Runtime.InteropServices.Architecture.X86 => "x86",
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        System.Runtime.InteropServices.Architecture.Arm => "arm",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static BsonDocument? ContainerEnvironment()
    {
        var container = new BsonDocument();
        if (File.Exists("/.dockerenv"))
        {
            container.Add("runtime", "docker");
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST")))
        {
            container.Add("orchestrator", "kubernetes");
        }

        return container.ElementCount > 0 ? container : null;
    }
}
