using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Mapping;

namespace MongoPatterns.Migrations;

/// <summary>
/// Creates the version-aware serializers of versioned entities: the hook through which repositories (and anything
/// else that opens an entity's collection) read and write documents with lazy upgrade and version stamping.
/// </summary>
internal sealed class SchemaSerializerSource(SchemaRegistry schemas, SchemaWriteBackQueue? writeBacks, ILoggerFactory? loggerFactory = null)
{
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("MongoPatterns.Migrations.ReadUpgrade");

    public SchemaRegistry Schemas => schemas;

    public SchemaWriteBackQueue? WriteBacks => writeBacks;

    /// <summary>Wraps <typeparamref name="T"/>'s serializer from <paramref name="registry"/>, or returns it unchanged when <typeparamref name="T"/> is not versioned.</summary>
    public IBsonSerializer<T> GetSerializer<T>(BsonSerializerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var inner = registry.GetSerializer<T>();
        if (inner is SchemaMigrationSerializer<T> || schemas.Find(typeof(T)) is not { } schema)
        {
            return inner;
        }

        BsonClassMap? classMap = null;
        try
        {
            classMap = registry.GetClassMap<T>();
        }
        catch (ArgumentException)
        {
            // Built-in serializers have no class map: such documents are passed through untouched by the mapping step.
        }

        return inner is IBsonIdProvider<T>
            ? new IdentifiedSchemaMigrationSerializer<T>(schema, inner, classMap, writeBacks, _logger)
            : new SchemaMigrationSerializer<T>(schema, inner, classMap, writeBacks, _logger);
    }

    /// <summary>Registers the version-aware serializer of <typeparamref name="T"/> in <paramref name="registry"/>, so every collection, projection and aggregation of <typeparamref name="T"/> using that registry upgrades and stamps.</summary>
    public void Install<T>(BsonSerializerRegistry registry)
    {
        var serializer = GetSerializer<T>(registry);
        if (serializer is SchemaMigrationSerializer<T>)
        {
            registry.RegisterSerializer(serializer);
        }
    }
}
