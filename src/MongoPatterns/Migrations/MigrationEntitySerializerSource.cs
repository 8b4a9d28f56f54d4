using System.Collections.Concurrent;
using System.Reflection;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Repositories;

namespace MongoPatterns.Migrations;

/// <summary>
/// The repositories' serializer source once migrations are added: versioned entities get a registry in which their
/// version-aware serializer is installed, so every repository read (get, find, paging, streaming, projections and
/// aggregations to the entity) upgrades and every whole-document write stamps. The application's own registry is used
/// when it configured one; the global default registry is never changed (a registry with the same conventions is used).
/// </summary>
internal sealed class MigrationEntitySerializerSource(IEntitySerializerSource inner, SchemaSerializerSource serializers) : IEntitySerializerSource
{
    private static readonly MethodInfo s_install = typeof(SchemaSerializerSource).GetMethod(nameof(SchemaSerializerSource.Install))!;

    private readonly ConcurrentDictionary<Type, BsonSerializerRegistry> _registries = new();
    private readonly Lazy<BsonSerializerRegistry> _dedicated = new(static () => new BsonSerializerRegistry(BsonSerializerRegistry.Default.Conventions));

    public BsonSerializerRegistry GetSerializerRegistry(Type entityType)
    {
        var registry = inner.GetSerializerRegistry(entityType);
        if (serializers.Schemas.Find(entityType) is null)
        {
            return registry;
        }

        return _registries.GetOrAdd(entityType, static (type, state) =>
        {
            var target = ReferenceEquals(state.registry, BsonSerializerRegistry.Default) ? state.self._dedicated.Value : state.registry;
            try
            {
                s_install.MakeGenericMethod(type).Invoke(state.self.Serializers, [target]);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }

            return target;
        }, (registry, self: this));
    }

    private SchemaSerializerSource Serializers => serializers;
}
