using System.Collections.Concurrent;
using MongoPatterns.Bson;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>Loads unified test files as Extended JSON documents (read once per file) and checks their schema version.</summary>
internal static class UnifiedTestFile
{
    /// <summary>The newest schema version this runner supports; files of major version 1 up to this one are compatible.</summary>
    public const string SupportedSchemaVersion = "1.22";

    private static readonly ConcurrentDictionary<string, BsonDocument> Documents = new(StringComparer.Ordinal);

    /// <summary>Loads a test file.</summary>
    /// <param name="path">The full path of the file.</param>
    /// <returns>The whole file as a document.</returns>
    public static BsonDocument Load(string path) => Documents.GetOrAdd(path, static file => BsonDocument.Parse(File.ReadAllText(file)));

    /// <summary>Whether the runner can process a file of this schema version (same major version, not newer).</summary>
    /// <param name="file">The test file.</param>
    public static bool IsCompatible(BsonDocument file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var version = file["schemaVersion"].AsString;
        return version.Split('.')[0] == SupportedSchemaVersion.Split('.')[0]
            && UnifiedServerVersion.Compare(version, SupportedSchemaVersion) <= 0;
    }
}
