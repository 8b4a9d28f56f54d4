using MongoPatterns.Entities;

namespace MongoPatterns.Migrations;

/// <summary>Declares the schema version of a repository entity in code (instead of <see cref="SchemaVersionAttribute"/>).</summary>
public static class SchemaVersionEntityTypeBuilderExtensions
{
    /// <summary>
    /// Declares the schema version the code of <typeparamref name="T"/> reads and writes; it wins over
    /// <see cref="SchemaVersionAttribute"/>. Needs <c>AddMigrations</c> and a <see cref="DocumentMigration{T}"/> for every
    /// step from the oldest supported version.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="builder">The entity builder.</param>
    /// <param name="version">The current version, at least 1.</param>
    /// <returns>The builder.</returns>
    public static EntityTypeBuilder<T> HasSchemaVersion<T>(this EntityTypeBuilder<T> builder, int version)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        EntitySchemaVersions.Set(builder.Configuration, version);
        return builder;
    }
}
