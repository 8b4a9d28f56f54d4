using System.Text;
using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>The validated schema of one entity: its current version, where the version is stored, its policies and its chain of steps.</summary>
internal sealed class EntitySchema
{
    // _steps[v] produces version v from v - 1; entries below OldestVersion + 1 are unused.
    private readonly IDocumentMigration?[] _steps;

    public EntitySchema(Type entityType, int currentVersion, int oldestVersion, string? collectionName, MigrationOptions options, IDocumentMigration?[] steps)
    {
        EntityType = entityType;
        CurrentVersion = currentVersion;
        OldestVersion = oldestVersion;
        CollectionName = collectionName;
        VersionField = options.VersionField;
        VersionFieldUtf8 = Encoding.UTF8.GetBytes(options.VersionField);
        MissingVersion = options.MissingVersion;
        WriteBack = options.WriteBack;
        NewerDocuments = options.NewerDocuments;
        _steps = steps;
    }

    public Type EntityType { get; }

    public int CurrentVersion { get; }

    public int OldestVersion { get; }

    public string? CollectionName { get; }

    public string VersionField { get; }

    public byte[] VersionFieldUtf8 { get; }

    public int MissingVersion { get; }

    public WriteBackPolicy WriteBack { get; }

    public NewerDocumentPolicy NewerDocuments { get; }

    /// <summary>Gets the number of steps between <see cref="OldestVersion"/> and <see cref="CurrentVersion"/>.</summary>
    public bool HasSteps => CurrentVersion > OldestVersion;

    /// <summary>Applies the Up steps from <paramref name="fromVersion"/> to the current version, in place.</summary>
    public void Upgrade(BsonDocument document, int fromVersion)
    {
        if (fromVersion < OldestVersion)
        {
            MigrationThrow.VersionTooOld(this, document.GetValue("_id", null), fromVersion);
        }

        for (var version = fromVersion + 1; version <= CurrentVersion; version++)
        {
            var step = _steps[version]!;
            try
            {
                step.Up(document);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                MigrationThrow.StepFailed(this, step, document.GetValue("_id", null), version - 1, version, exception);
            }
        }
    }

    /// <summary>Gets whether every step between the current version and <paramref name="fromVersion"/> has a Down.</summary>
    public bool CanDowngradeFrom(int fromVersion)
    {
        if (fromVersion >= _steps.Length)
        {
            return false;
        }

        for (var version = fromVersion; version > CurrentVersion; version--)
        {
            if (_steps[version] is not { CanDowngrade: true })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Applies the Down steps from <paramref name="fromVersion"/> to the current version, in place.</summary>
    public void Downgrade(BsonDocument document, int fromVersion)
    {
        for (var version = fromVersion; version > CurrentVersion; version--)
        {
            var step = _steps[version]!;
            try
            {
                step.Down(document);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                MigrationThrow.StepFailed(this, step, document.GetValue("_id", null), version, version - 1, exception);
            }
        }
    }

    /// <summary>Renders the filter of documents older than the current version (including those without a version when they count as older).</summary>
    public BsonDocument OutdatedFilter()
    {
        var older = new BsonDocument(VersionField, new BsonDocument("$lt", CurrentVersion));
        if (MissingVersion >= CurrentVersion)
        {
            return older;
        }

        return new BsonDocument("$or", new BsonArray { older, new BsonDocument(VersionField, new BsonDocument("$exists", false)) });
    }
}
