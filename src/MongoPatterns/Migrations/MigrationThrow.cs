using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>Throw helpers of the migration engine, kept out of the hot read path.</summary>
internal static class MigrationThrow
{
    [DoesNotReturn]
    public static void VersionTooOld(EntitySchema schema, BsonValue? id, int version) =>
        throw new InvalidOperationException(
            $"The {schema.EntityType.Name} document {id?.ToString() ?? "(no _id)"} has schema version {version}, older than the oldest version {schema.OldestVersion} the migrations start from.");

    [DoesNotReturn]
    public static void StepFailed(EntitySchema schema, IDocumentMigration step, BsonValue? id, int fromVersion, int toVersion, Exception exception) =>
        throw new InvalidOperationException(
            $"Migrating the {schema.EntityType.Name} document {id?.ToString() ?? "(no _id)"} from version {fromVersion} to {toVersion} failed in {step.GetType().Name}: {exception.Message}",
            exception);

    [DoesNotReturn]
    public static void InvalidVersionValue(EntitySchema schema, BsonType type) =>
        throw new BsonSerializationException(
            $"The {schema.VersionField} element of a {schema.EntityType.Name} document must be a whole number, but it is {type}.");

    [DoesNotReturn]
    public static void TooNew(EntitySchema schema, BsonValue? id, int version, string? reason = null) =>
        throw new SchemaVersionTooNewException(schema.EntityType, id, version, schema.CurrentVersion, reason);
}
