using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Mapping;

namespace MongoPatterns.Migrations;

/// <summary>The <see cref="SchemaMigrationSerializer{T}"/> of an entity with an id: it also reads and generates ids through the inner serializer.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class IdentifiedSchemaMigrationSerializer<T> : SchemaMigrationSerializer<T>, IBsonIdProvider<T>
{
    private readonly IBsonIdProvider<T> _ids;

    public IdentifiedSchemaMigrationSerializer(EntitySchema schema, IBsonSerializer<T> inner, BsonClassMap? classMap, ISchemaUpgradeSink? sink, ILogger logger)
        : base(schema, inner, classMap, sink, logger)
    {
        _ids = (IBsonIdProvider<T>)inner;
    }

    public bool TryGetId(T document, out BsonValue? id) => _ids.TryGetId(document, out id);

    public BsonValue EnsureId(T document) => _ids.EnsureId(document);
}
