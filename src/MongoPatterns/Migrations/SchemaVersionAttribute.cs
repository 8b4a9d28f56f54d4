namespace MongoPatterns.Migrations;

/// <summary>
/// Declares the schema version the code of an entity reads and writes. Documents with a lower version are upgraded by
/// the entity's <see cref="DocumentMigration{T}"/> steps; every write stamps this version.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class SchemaVersionAttribute : Attribute
{
    /// <summary>Declares the current schema version.</summary>
    /// <param name="version">The version, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    public SchemaVersionAttribute(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Version = version;
    }

    /// <summary>Gets the current schema version.</summary>
    public int Version { get; }
}
