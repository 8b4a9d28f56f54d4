namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>A serializer created before its class map was complete (types that refer to themselves); the registry initializes it before publishing it.</summary>
internal interface IDeferredInitialization
{
    void Initialize();
}
