using Microsoft.Extensions.Options;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Configuration;

namespace MongoPatterns.Repositories;

/// <summary>The configured registry (<c>MongoPatternsOptions.SerializerRegistry</c>) or the global default.</summary>
internal sealed class DefaultEntitySerializerSource(IOptions<MongoPatternsOptions> options) : IEntitySerializerSource
{
    private readonly BsonSerializerRegistry _registry = options.Value.SerializerRegistry ?? BsonSerializerRegistry.Default;

    public BsonSerializerRegistry GetSerializerRegistry(Type entityType) => _registry;
}
